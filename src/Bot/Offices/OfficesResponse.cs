using IqChatGuide.Guidance.Routing;

namespace IqChatGuide.Bot.Offices;

/// <summary>The body of GET /api/offices (DESIGN §7). Field names are a public contract.</summary>
public sealed record OfficesResponse(string Status, IReadOnlyList<StateInfo> States, OfficeResponse? Office)
{
    public static OfficesResponse From(RoutingResult result) =>
        new(result.Status.ToString().ToLowerInvariant(),
            result.States,
            result.Office is null ? null : OfficeResponse.From(result.Office));
}

/// <summary>An office as published: the directory entry without the maintainers' remarks.</summary>
public sealed record OfficeResponse(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> States,
    string? Phone,
    string? Email,
    string? Website,
    string? Address,
    string? Hours,
    string Source,
    string SourceDate,
    bool Verified,
    DateOnly ReviewBy)
{
    public static OfficeResponse From(Office office) =>
        new(office.Id, office.Name, office.Kind, office.States, office.Phone, office.Email, office.Website,
            office.Address, office.Hours, office.Source, office.SourceDate, office.Verified, office.ReviewBy);
}
