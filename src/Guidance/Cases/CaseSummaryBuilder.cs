using System.Globalization;
using IqChatGuide.Guidance.Localization;
using IqChatGuide.Guidance.Routing;
using Microsoft.Extensions.Localization;

namespace IqChatGuide.Guidance.Cases;

/// <summary>
/// Turns a case into its summary: every field of the hand-off (domain brief §3) in German for the office and
/// in the person's language, plus the person's next steps. Texts come from locales/&lt;lang&gt;/ui.cases.json.
/// </summary>
public sealed class CaseSummaryBuilder(ILocalizerProvider localizers, OfficeDirectory offices)
{
    public const string OfficeLanguage = "de";

    /// <summary>Field ids in the order the summary lists them.</summary>
    public static readonly IReadOnlyList<string> FieldKeys =
    [
        "reference", "createdAt", "office",
        "qualification.name", "qualification.referenceOccupation", "qualification.type", "qualification.duration",
        "qualification.country", "qualification.year", "qualification.experience", "qualification.documents",
        "residence.inGermany", "residence.place", "residence.state", "residence.status",
        "german.level", "goal",
        "contact.language", "contact.channel", "contact.details",
        "note", "questions",
        "assessment.regulated", "assessment.authority",
    ];

    public CaseSummary Build(GuidanceCase guidanceCase)
    {
        ArgumentNullException.ThrowIfNull(guidanceCase);
        // A stored case may name an office a later directory no longer lists; the hotline still answers.
        var office = offices.Find(guidanceCase.OfficeId) ?? offices.Hotline;
        var additional = guidanceCase.AdditionalOfficeIds.Select(offices.Find).OfType<Office>().ToList();
        var language = string.IsNullOrWhiteSpace(guidanceCase.Language) ? OfficeLanguage : guidanceCase.Language;

        var answers = guidanceCase.Answers;
        var shared = answers.ContactConsent == true ? answers : WithoutContact(answers);
        var forOffice = View(guidanceCase, office, OfficeLanguage, "cases.summary.officeTitle");
        var forPerson = View(guidanceCase, office, language, "cases.summary.title");

        return new CaseSummary
        {
            Reference = guidanceCase.Reference,
            CreatedAt = guidanceCase.CreatedAt,
            Language = language,
            Office = ToSummary(office),
            AdditionalOffices = additional.Select(ToSummary).ToList(),
            Assessment = guidanceCase.Assessment,
            Answers = shared,
            ForOffice = forOffice,
            ForPerson = forPerson,
            NextSteps = NextSteps(guidanceCase, office, additional, language),
        };
    }

    private SummaryView View(GuidanceCase c, Office office, string language, string titleKey)
    {
        var texts = localizers.ForCulture(language);
        var values = new FieldValues(texts, language);
        var a = c.Answers;
        var assessment = c.Assessment;

        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["reference"] = c.Reference,
            ["createdAt"] = values.Time(c.CreatedAt),
            ["office"] = office.Name,
            ["qualification.name"] = values.Text(a.QualificationName),
            ["qualification.referenceOccupation"] = values.Text(assessment?.ReferenceOccupation, unknown: true),
            ["qualification.type"] = values.Choice("type", a.QualificationType),
            ["qualification.duration"] = values.Years(a.DurationYears, a.DurationUnknown),
            ["qualification.country"] = a.QualificationCountry is null ? values.NotGiven : CountryNames.Name(a.QualificationCountry, language),
            ["qualification.year"] = a.YearUnknown ? values.Unknown : a.QualificationYear?.ToString(CultureInfo.InvariantCulture) ?? values.NotGiven,
            ["qualification.experience"] = values.Years(a.ExperienceYears, a.ExperienceUnknown),
            ["qualification.documents"] = values.List("documents", a.Documents),
            ["residence.inGermany"] = values.YesNo(a.InGermany),
            ["residence.place"] = a.InGermany == false
                ? (a.ResidenceCountry is null ? values.NotGiven : CountryNames.Name(a.ResidenceCountry, language))
                : values.Text(string.Join(" ", new[] { a.PostalCode, a.Town }.Where(s => !string.IsNullOrWhiteSpace(s)))),
            ["residence.state"] = GermanStates.Find(a.StateCode)?.Name ?? values.NotGiven,
            ["residence.status"] = a.ResidenceStatus == "skip" ? values.Skipped : values.Choice("status", a.ResidenceStatus),
            ["german.level"] = a.GermanLevel is "none" or "unknown" ? values.Choice("level", a.GermanLevel) : values.Text(a.GermanLevel),
            ["goal"] = values.Choice("goal", a.Goal),
            ["contact.language"] = CountryNames.LanguageName(c.Language, language),
            ["contact.channel"] = values.Choice("channel", a.ContactChannel),
            ["contact.details"] = a.ContactConsent == true ? values.Text(a.ContactDetails) : values.Get("cases.value.notShared"),
            ["note"] = values.Text(a.Note),
            ["questions"] = a.QuestionsAsked.Count == 0 ? values.Get("cases.value.none") : string.Join(", ", a.QuestionsAsked),
            ["assessment.regulated"] = values.Get(assessment?.Regulated switch
            {
                true => "cases.value.regulated.true",
                false => "cases.value.regulated.false",
                null => "cases.value.regulated.unknown",
            }),
            ["assessment.authority"] = assessment?.AuthorityKey is { } key
                ? values.Get("cases.authority." + key, fallback: assessment.AuthorityType)
                : values.Text(assessment?.AuthorityType, unknown: true),
        };

        var list = FieldKeys.Select(k => new SummaryField(k, values.Get("cases.field." + k), fields[k])).ToList();
        var title = values.Get(titleKey);
        var text = title + "\n" + string.Join("\n", list.Select(f => $"{f.Label}: {f.Value}"));
        return new SummaryView(language, title, list, text);
    }

    private List<string> NextSteps(GuidanceCase c, Office office, List<Office> additional, string language)
    {
        var texts = localizers.ForCulture(language);
        string T(string key, params (string Name, object? Value)[] args) =>
            texts[key, args.Select(a => (object)a).ToArray()].Value;
        var a = c.Answers;
        var steps = new List<string> { T("cases.next.reference", ("reference", c.Reference)) };

        steps.Add(office.Kind switch
        {
            "zsba" => T("cases.next.officeAbroad", ("office", office.Name)),
            "hotline" => T("cases.next.officeUnknownState", ("office", office.Name)),
            _ => T("cases.next.office", ("office", office.Name)),
        });
        steps.AddRange(HowToReach(office, T));
        // An office no recent source confirms may have moved, and one without phone or e-mail is hard to
        // reach: in both cases the federal hotline is named, because it always answers.
        if (office.Kind != "hotline")
        {
            if (!office.Verified || !office.HasContact)
                steps.Add(T("cases.next.hotline", ("phone", offices.Hotline.Phone)));
            else if (office.Phone is null && office.Email is null)
                steps.Add(T("cases.next.hotlineByPhone", ("phone", offices.Hotline.Phone)));
        }

        steps.Add(T("cases.next.prepare"));
        var missing = new[] { "certificates", "subjects", "experience", "translations" }
            .Where(d => a.Documents is not null && !a.Documents.Contains(d))
            .Select(d => T("cases.value.documents." + d))
            .ToList();
        if (missing.Count > 0) steps.Add(T("cases.next.prepareMissing", ("documents", string.Join(", ", missing))));

        if (a.ContactConsent == true && !string.IsNullOrWhiteSpace(a.ContactDetails) && a.ContactChannel is not (null or "none"))
        {
            steps.Add(T("cases.next.contactConsented",
                ("channel", T("cases.value.channel." + a.ContactChannel)), ("details", a.ContactDetails)));
            steps.Add(T("cases.next.replyWait", ("days", offices.ReplyWorkingDays)));
        }
        else
        {
            steps.Add(T("cases.next.contactNone"));
        }

        foreach (var extra in additional)
        {
            if (extra.Kind == "faire-integration")
            {
                steps.Add(T("cases.next.labourRights", ("office", extra.Name)));
                steps.AddRange(HowToReach(extra, T));
            }
            else if (extra.Kind == "zab")
            {
                steps.Add(T("cases.next.zab"));
            }
        }
        steps.Add(T("cases.next.free"));
        return steps;
    }

    private static IEnumerable<string> HowToReach(Office office, Func<string, (string, object?)[], string> t)
    {
        if (!office.HasContact)
        {
            yield return t("cases.next.reach.none", []);
            yield break;
        }
        if (office.Phone is not null) yield return t("cases.next.reach.phone", [("phone", office.Phone)]);
        if (office.Email is not null) yield return t("cases.next.reach.email", [("email", office.Email)]);
        if (office.Website is not null) yield return t("cases.next.reach.website", [("website", office.Website)]);
        if (office.Address is not null) yield return t("cases.next.reach.address", [("address", office.Address)]);
        if (office.Hours is not null) yield return t("cases.next.reach.hours", [("hours", office.Hours)]);
    }

    private static CaseAnswers WithoutContact(CaseAnswers answers)
    {
        // Contact details leave the conversation only with explicit consent.
        var json = System.Text.Json.JsonSerializer.Serialize(answers);
        var copy = System.Text.Json.JsonSerializer.Deserialize<CaseAnswers>(json)!;
        copy.ContactDetails = null;
        return copy;
    }

    private static SummaryOffice ToSummary(Office o) =>
        new(o.Id, o.Name, o.Kind, o.Phone, o.Email, o.Website, o.Address, o.Hours, o.Verified);

    /// <summary>Renders answer values in one language.</summary>
    private sealed class FieldValues(IStringLocalizer texts, string language)
    {
        private readonly CultureInfo _culture = CultureFor(language);

        public string NotGiven => Get("cases.value.notGiven");
        public string Unknown => Get("cases.value.unknown");
        public string Skipped => Get("cases.value.skipped");

        public string Get(string key, string? fallback = null)
        {
            var text = texts[key];
            return text.ResourceNotFound && fallback is not null ? fallback : text.Value;
        }

        public string Text(string? value, bool unknown = false) =>
            string.IsNullOrWhiteSpace(value) ? (unknown ? Unknown : NotGiven) : value.Trim();

        public string Choice(string group, string? value) => value switch
        {
            null or "" => NotGiven,
            "unknown" when group != "level" => Unknown,
            _ => Get($"cases.value.{group}.{value}", fallback: value),
        };

        public string List(string group, IReadOnlyList<string>? items) =>
            items is null ? NotGiven
            : items.Count == 0 ? Get($"cases.value.{group}.none")
            : string.Join(", ", items.Select(i => Choice(group, i)));

        public string YesNo(bool? value) => value switch
        {
            true => Get("cases.value.yes"),
            false => Get("cases.value.no"),
            null => NotGiven,
        };

        public string Years(double? years, bool unknown) =>
            unknown ? Unknown
            : years is { } y ? texts["cases.value.years", ("count", (object?)y)].Value
            : NotGiven;

        public string Time(DateTimeOffset at)
        {
            // Offices work in German time; the zone name keeps the time unambiguous.
            var zone = GermanTime();
            var local = TimeZoneInfo.ConvertTime(at, zone);
            return local.ToString("g", _culture) + (zone == TimeZoneInfo.Utc ? " UTC" : "");
        }

        private static TimeZoneInfo GermanTime()
        {
            try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"); }
            catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
            catch (InvalidTimeZoneException) { return TimeZoneInfo.Utc; }
        }

        private static CultureInfo CultureFor(string language)
        {
            try { return CultureInfo.GetCultureInfo(language == "sr" ? "sr-Latn" : language); }
            catch (CultureNotFoundException) { return CultureInfo.InvariantCulture; }
        }
    }
}
