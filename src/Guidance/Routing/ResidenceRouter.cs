using System.Globalization;
using System.Text.RegularExpressions;

namespace IqChatGuide.Guidance.Routing;

/// <summary>
/// Postal code or town → state → counselling office; abroad → ZSBA. When the data cannot tell the state
/// (a code shared by two states, a town in several states, a code the table does not know) the result
/// lists the candidate states so the conversation can ask; it never picks one silently.
/// </summary>
public sealed partial class ResidenceRouter(OfficeDirectory offices, PostalCodeTable postalCodes) : IResidenceRouter
{
    public IReadOnlyList<StateInfo> States => GermanStates.All;

    public Office Hotline => offices.Hotline;

    public Office? FindOffice(string id) => offices.Find(id);

    public RoutingResult RouteInGermany(string postalCodeOrTown)
    {
        var input = AsciiDigits((postalCodeOrTown ?? "").Trim());
        if (input.Length == 0 || input.Length > 100) return Invalid(input);

        var digits = DigitRuns().Matches(input);
        if (digits.Count > 0)
        {
            // "10115", "D-10115", "10115 Berlin": one run of exactly five digits is a postal code;
            // "1011", "101155" or two numbers are typing mistakes to ask again about.
            if (digits.Count > 1 || digits[0].Length != 5) return Invalid(input);
            var code = digits[0].Value;
            var rest = input.Remove(digits[0].Index, 5);
            rest = Regex.Replace(rest, @"^\s*(D\s*-|DE\s*-|PLZ:?)\s*", "", RegexOptions.IgnoreCase).Trim(' ', ',', '-');
            var byCode = FromStates(postalCodes.StatesOf(code), code, town: null);
            if (byCode.Status == RoutingStatus.Resolved || rest.Length == 0 || !rest.Any(char.IsLetter)) return byCode;
            var byTown = RouteTown(rest, code);
            if (byCode.Status == RoutingStatus.Ambiguous)
            {
                // "12529 Schönefeld": of the code's two states only one has the town, so nothing is guessed.
                var both = byCode.States.Intersect(byTown.Status == RoutingStatus.Unknown ? [] : byTown.States).ToList();
                return both.Count == 1 ? Resolved(both[0], code, byTown.Town) : byCode;
            }
            // A code the table does not know, with a town: the town may still tell the state.
            return byTown.Status == RoutingStatus.Unknown ? byCode : byTown;
        }

        if (!input.Any(char.IsLetter)) return Invalid(input);
        return RouteTown(input, postalCode: null);
    }

    public RoutingResult RouteToState(string stateCode, string? postalCode = null)
    {
        var state = GermanStates.Find(stateCode) ?? GermanStates.FindByName(stateCode);
        return state is null
            ? new RoutingResult(RoutingStatus.Invalid, [], null, PostalCode: postalCode)
            : Resolved(state, postalCode, town: null);
    }

    public RoutingResult RouteAbroad(string countryIso2)
    {
        var code = (countryIso2 ?? "").Trim().ToUpperInvariant();
        if (!IsCountryCode(code) || code == "DE")
            return new RoutingResult(RoutingStatus.Invalid, [], null, Country: code.Length == 0 ? null : code);
        return new RoutingResult(RoutingStatus.Abroad, [], offices.Zsba, Country: code);
    }

    public IReadOnlyList<Office> AdditionalOffices(string? stateCode, bool labourRightsAsked, bool academicNonRegulated)
    {
        var extra = new List<Office>();
        if (labourRightsAsked)
        {
            // Faire Integration serves third-country nationals in Germany and abroad (§ 45b AufenthG).
            var state = GermanStates.Find(stateCode);
            var fi = state is null ? offices.FaireIntegrationNational : offices.FaireIntegrationFor(state.Code);
            if (fi is not null) extra.Add(fi);
        }
        if (academicNonRegulated) extra.Add(offices.Zab);
        return extra;
    }

    private RoutingResult RouteTown(string town, string? postalCode)
    {
        var states = postalCodes.StatesOfTown(town, out var displayName);
        if (GermanStates.FindByName(town) is { } named)
        {
            // The name of a city-state is that state, even though one Schleswig-Holstein code lists a place
            // called Hamburg. A state name that is also a village elsewhere (Sachsen in Bayern) is asked about.
            if (states.Count == 0 || states.Contains(named)) return Resolved(named, postalCode, named.Name);
            var candidates = states.Append(named).Distinct().OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
            return new RoutingResult(RoutingStatus.Ambiguous, candidates, null, postalCode, displayName ?? town);
        }
        return FromStates(states, postalCode, displayName ?? (states.Count > 0 ? town : null), townInput: town);
    }

    private RoutingResult FromStates(IReadOnlyList<StateInfo> states, string? postalCode, string? town, string? townInput = null) =>
        states.Count switch
        {
            0 => new RoutingResult(RoutingStatus.Unknown, GermanStates.All, null, postalCode, townInput),
            1 => Resolved(states[0], postalCode, town),
            _ => new RoutingResult(RoutingStatus.Ambiguous, states, null, postalCode, town),
        };

    private RoutingResult Resolved(StateInfo state, string? postalCode, string? town) =>
        new(RoutingStatus.Resolved, [state], offices.EntryPointFor(state.Code), postalCode, town);

    private static RoutingResult Invalid(string input) =>
        new(RoutingStatus.Invalid, [], null, PostalCode: input.Length is > 0 and <= 20 ? input : null);

    /// <summary>Arabic, Persian and other digits typed on a phone become 0–9: "١٠١١٥" is 10115.</summary>
    private static string AsciiDigits(string text)
    {
        if (text.All(c => c < 128)) return text;
        return string.Concat(text.Select(c => char.IsDigit(c) && c >= 128 ? (char)('0' + (int)char.GetNumericValue(c)) : c));
    }

    private static bool IsCountryCode(string code)
    {
        if (!CountryCode().IsMatch(code)) return false;
        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"[0-9]+")]
    private static partial Regex DigitRuns();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();
}
