using System.Text.Json;
using System.Text.RegularExpressions;

namespace IqChatGuide.Guidance.Routing;

/// <summary>
/// data/offices.json, checked when loaded: a wrong entry stops the start with a message naming the entry
/// and the field, so a broken directory never reaches a person.
/// </summary>
public sealed partial class OfficeDirectory
{
    public const string FileName = "offices.json";

    public static readonly IReadOnlySet<string> Kinds =
        new HashSet<string> { "counselling", "state-service", "faire-integration", "zsba", "hotline", "zab" };

    private readonly Dictionary<string, Office> _byId;
    private readonly Dictionary<string, Office> _entryPoints;
    private readonly Dictionary<string, Office> _faireIntegration;

    private OfficeDirectory(IReadOnlyList<Office> offices, int replyWorkingDays)
    {
        Offices = offices;
        ReplyWorkingDays = replyWorkingDays;
        _byId = offices.ToDictionary(o => o.Id, StringComparer.Ordinal);
        _entryPoints = new(StringComparer.Ordinal);
        _faireIntegration = new(StringComparer.Ordinal);
        foreach (var office in offices)
        {
            foreach (var state in office.States)
            {
                if (office.Kind is "counselling" or "state-service") _entryPoints[state] = office;
                if (office.Kind == "faire-integration") _faireIntegration[state] = office;
            }
        }
        Zsba = offices.Single(o => o.Kind == "zsba");
        Hotline = offices.Single(o => o.Kind == "hotline");
        Zab = offices.Single(o => o.Kind == "zab");
        FaireIntegrationNational = offices.SingleOrDefault(o => o.Kind == "faire-integration" && o.States.Count == 0);
    }

    public IReadOnlyList<Office> Offices { get; }
    /// <summary>After this many working days without news the person is told to contact the office (replyPromise).</summary>
    public int ReplyWorkingDays { get; }
    public Office Zsba { get; }
    public Office Hotline { get; }
    public Office Zab { get; }
    /// <summary>The nationwide Faire Integration directory, for states whose office is not in the file.</summary>
    public Office? FaireIntegrationNational { get; }

    public Office? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The counselling entry point of a state ("DE-BE"); the statutory state service where there is one.</summary>
    public Office EntryPointFor(string stateCode) => _entryPoints[stateCode];

    public Office? FaireIntegrationFor(string stateCode) =>
        _faireIntegration.GetValueOrDefault(stateCode) ?? FaireIntegrationNational;

    /// <summary>Entries whose reviewBy date has passed; the operator should re-check them.</summary>
    public IEnumerable<Office> DueForReview(DateOnly today) => Offices.Where(o => o.ReviewBy < today);

    public static OfficeDirectory Load(string path) => DataFile.Load(path, FileName, FromJson);

    public static OfficeDirectory FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("offices", out var list) ||
            list.ValueKind != JsonValueKind.Array)
            throw new RoutingDataException($"{FileName}: field 'offices' is missing or not a list");

        var offices = new List<Office>();
        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            offices.Add(ReadOffice(element, index++, offices));
        }
        CheckCoverage(offices);
        return new OfficeDirectory(offices, ReadReplyPromise(root));
    }

    private static Office ReadOffice(JsonElement element, int index, List<Office> previous)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new RoutingDataException($"{FileName}: entry #{index + 1} is not an object");
        var id = Text(element, "id");
        var label = id is null ? $"entry #{index + 1}" : $"entry '{id}'";
        string Required(string field) =>
            Text(element, field) ?? throw new RoutingDataException($"{FileName}: {label}: field '{field}' is missing or empty");

        id = Required("id");
        if (previous.Any(o => o.Id == id)) throw new RoutingDataException($"{FileName}: {label}: field 'id' is used twice");
        var kind = Required("kind");
        if (!Kinds.Contains(kind))
            throw new RoutingDataException($"{FileName}: {label}: field 'kind' is '{kind}', expected one of {string.Join(", ", Kinds)}");

        var states = new List<string>();
        if (element.TryGetProperty("states", out var stateList))
        {
            if (stateList.ValueKind != JsonValueKind.Array)
                throw new RoutingDataException($"{FileName}: {label}: field 'states' is not a list");
            foreach (var state in stateList.EnumerateArray())
            {
                var code = state.GetString();
                if (GermanStates.Find(code) is not { } info || info.Code != code)
                    throw new RoutingDataException($"{FileName}: {label}: field 'states' has '{code}', expected a code like DE-BE");
                states.Add(info.Code);
            }
        }
        if (kind is "counselling" or "state-service" && states.Count == 0)
            throw new RoutingDataException($"{FileName}: {label}: field 'states' is empty; a {kind} entry serves at least one state");
        if (kind is "zsba" or "hotline" or "zab" && states.Count > 0)
            throw new RoutingDataException($"{FileName}: {label}: field 'states' must be empty for the federal service '{kind}'");

        var reviewByText = Required("reviewBy");
        if (!DataDates.TryParse(reviewByText, out var reviewBy))
            throw new RoutingDataException($"{FileName}: {label}: field 'reviewBy' is '{reviewByText}', expected a date yyyy-MM-dd");

        var sourceDate = Required("sourceDate");
        if (!element.TryGetProperty("verified", out var verifiedElement) ||
            verifiedElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            throw new RoutingDataException($"{FileName}: {label}: field 'verified' is missing or not true/false");
        var verified = verifiedElement.GetBoolean();
        // "verified" means a source from 2023 or later confirms the entry; the date must say so.
        if (verified && !Years(sourceDate).Any(y => y >= 2023) && !sourceDate.Contains("2023+", StringComparison.Ordinal))
            throw new RoutingDataException($"{FileName}: {label}: field 'verified' is true but 'sourceDate' ({sourceDate}) names no year from 2023 on");

        var email = Text(element, "email");
        if (email is not null && !EmailPattern().IsMatch(email))
            throw new RoutingDataException($"{FileName}: {label}: field 'email' is not an e-mail address");
        var website = Text(element, "website");
        if (website is not null && !Uri.TryCreate(website, UriKind.Absolute, out _))
            throw new RoutingDataException($"{FileName}: {label}: field 'website' is not an absolute URL");

        return new Office
        {
            Id = id,
            Name = Required("name"),
            Kind = kind,
            States = states,
            Phone = Text(element, "phone"),
            Email = email,
            Website = website,
            Address = Text(element, "address"),
            Hours = Text(element, "hours"),
            Source = Required("source"),
            SourceDate = sourceDate,
            Verified = verified,
            ReviewBy = reviewBy,
            Note = Text(element, "note"),
        };
    }

    private static void CheckCoverage(List<Office> offices)
    {
        foreach (var state in GermanStates.All)
        {
            var entryPoints = offices.Where(o => o.Kind is "counselling" or "state-service" && o.States.Contains(state.Code)).ToList();
            if (entryPoints.Count == 0)
                throw new RoutingDataException($"{FileName}: state {state.Code} ({state.Name}) has no counselling entry (kind 'counselling' or 'state-service')");
            if (entryPoints.Count > 1)
                throw new RoutingDataException($"{FileName}: state {state.Code} ({state.Name}) has more than one counselling entry: {string.Join(", ", entryPoints.Select(o => o.Id))}");
            if (GermanStates.WithStatutoryService.Contains(state.Code) && entryPoints[0].Kind != "state-service")
                throw new RoutingDataException($"{FileName}: entry '{entryPoints[0].Id}': field 'kind' must be 'state-service' for {state.Name} (statutory state counselling)");
            if (offices.Count(o => o.Kind == "faire-integration" && o.States.Contains(state.Code)) > 1)
                throw new RoutingDataException($"{FileName}: state {state.Code} ({state.Name}) has more than one Faire Integration entry");
        }
        foreach (var kind in new[] { "zsba", "hotline", "zab" })
        {
            var count = offices.Count(o => o.Kind == kind);
            if (count != 1) throw new RoutingDataException($"{FileName}: expected exactly one entry of kind '{kind}', found {count}");
        }
        if (offices.Count(o => o.Kind == "faire-integration" && o.States.Count == 0) > 1)
            throw new RoutingDataException($"{FileName}: more than one nationwide Faire Integration entry");
        var hotline = offices.Single(o => o.Kind == "hotline");
        if (hotline.Phone is null)
            throw new RoutingDataException($"{FileName}: entry '{hotline.Id}': field 'phone' is missing; the hotline is named whenever an office is not verified");
    }

    private static int ReadReplyPromise(JsonElement root)
    {
        if (!root.TryGetProperty("replyPromise", out var promise) || promise.ValueKind != JsonValueKind.Object)
            throw new RoutingDataException($"{FileName}: field 'replyPromise' is missing");
        if (!promise.TryGetProperty("workingDays", out var days) || !days.TryGetInt32(out var value) || value is < 1 or > 60)
            throw new RoutingDataException($"{FileName}: replyPromise: field 'workingDays' is missing or not a number from 1 to 60");
        if (!DataDates.TryParse(Text(promise, "reviewBy"), out _))
            throw new RoutingDataException($"{FileName}: replyPromise: field 'reviewBy' is missing or not a date yyyy-MM-dd");
        return value;
    }

    private static string? Text(JsonElement element, string field) =>
        element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String &&
        value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    private static IEnumerable<int> Years(string text) =>
        YearPattern().Matches(text).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
