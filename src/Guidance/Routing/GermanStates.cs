namespace IqChatGuide.Guidance.Routing;

/// <summary>The 16 states (Länder) with their ISO 3166-2 codes and German names.</summary>
public static class GermanStates
{
    public static readonly IReadOnlyList<StateInfo> All =
    [
        new("DE-BW", "Baden-Württemberg"), new("DE-BY", "Bayern"), new("DE-BE", "Berlin"),
        new("DE-BB", "Brandenburg"), new("DE-HB", "Bremen"), new("DE-HH", "Hamburg"),
        new("DE-HE", "Hessen"), new("DE-MV", "Mecklenburg-Vorpommern"), new("DE-NI", "Niedersachsen"),
        new("DE-NW", "Nordrhein-Westfalen"), new("DE-RP", "Rheinland-Pfalz"), new("DE-SL", "Saarland"),
        new("DE-SN", "Sachsen"), new("DE-ST", "Sachsen-Anhalt"), new("DE-SH", "Schleswig-Holstein"),
        new("DE-TH", "Thüringen"),
    ];

    /// <summary>States where the state itself runs the recognition counselling it owes by law (domain brief §1).</summary>
    public static readonly IReadOnlySet<string> WithStatutoryService = new HashSet<string> { "DE-HH", "DE-SH", "DE-NI" };

    private static readonly Dictionary<string, StateInfo> ByCode =
        All.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Accepts "DE-BE", "BE" or "de-be"; null when it is not a German state.</summary>
    public static StateInfo? Find(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var trimmed = code.Trim();
        if (trimmed.Length == 2) trimmed = "DE-" + trimmed;
        return ByCode.GetValueOrDefault(trimmed);
    }

    /// <summary>Finds a state by its German name ("Thüringen", "thueringen"); null otherwise.</summary>
    public static StateInfo? FindByName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var key = PlaceNames.Normalize(name);
        return All.FirstOrDefault(s => PlaceNames.Normalize(s.Name) == key);
    }
}
