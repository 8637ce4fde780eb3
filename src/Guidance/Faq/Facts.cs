using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IqChatGuide.Guidance.Faq;

public enum FactType { Number, Money, Date, Text }

/// <summary>One fact that changes over time (a fee, a threshold, a date), with where it comes from and when to check it again.</summary>
public sealed record Fact(string Id, JsonElement Value, FactType Type, string? Unit, string Source, DateOnly ValidFrom, DateOnly ReviewBy);

/// <summary>The facts of data/facts.json, filled into FAQ texts as <c>{fact:&lt;id&gt;}</c> and formatted per culture.</summary>
public sealed partial class FactCatalog
{
    private readonly Dictionary<string, Fact> _facts;

    public FactCatalog(IEnumerable<Fact> facts) => _facts = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);

    public IReadOnlyCollection<Fact> All => _facts.Values;

    public bool Contains(string id) => _facts.ContainsKey(id);

    public static FactCatalog Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var facts = new List<Fact>();
        foreach (var f in doc.RootElement.GetProperty("facts").EnumerateArray())
        {
            var type = Enum.Parse<FactType>(f.GetProperty("type").GetString()!, ignoreCase: true);
            facts.Add(new Fact(
                f.GetProperty("id").GetString()!,
                f.GetProperty("value").Clone(),
                type,
                f.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null,
                f.GetProperty("source").GetString()!,
                DateOnly.Parse(f.GetProperty("validFrom").GetString()!, CultureInfo.InvariantCulture),
                DateOnly.Parse(f.GetProperty("reviewBy").GetString()!, CultureInfo.InvariantCulture)));
        }
        return new FactCatalog(facts);
    }

    /// <summary>The placeholder ids used in a text.</summary>
    public static IEnumerable<string> PlaceholdersIn(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>Replaces every <c>{fact:id}</c>; an unknown id becomes "?" so a content error is visible, not fatal.</summary>
    public string Fill(string text, string culture) =>
        text.Contains("{fact:", StringComparison.Ordinal)
            ? Placeholder().Replace(text, m => _facts.TryGetValue(m.Groups[1].Value, out var f) ? Format(f, culture) : "?")
            : text;

    public string Format(Fact fact, string culture)
    {
        var ci = FormattingCulture(culture);
        switch (fact.Type)
        {
            case FactType.Money:
            {
                var value = fact.Value.GetDecimal();
                var nf = (NumberFormatInfo)ci.NumberFormat.Clone();
                nf.CurrencySymbol = fact.Unit == "EUR" || fact.Unit is null ? "€" : fact.Unit;
                // One kind of non-breaking space everywhere (cultures differ between U+00A0 and U+202F).
                return value.ToString(decimal.Truncate(value) == value ? "C0" : "C2", nf).Replace('\u202F', '\u00A0').Replace(' ', '\u00A0');
            }
            case FactType.Number:
            {
                var value = fact.Value.GetDecimal();
                // Four-digit numbers (years, 1815) read best without a group separator in every language.
                var format = Math.Abs(value) < 10000 ? (decimal.Truncate(value) == value ? "0" : "0.##") : "#,0.##";
                return value.ToString(format, ci).Replace('\u202F', '\u00A0').Replace(' ', '\u00A0');
            }
            case FactType.Date:
            {
                var date = DateTime.ParseExact(fact.Value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                return date.ToString(ci.DateTimeFormat.MonthDayPattern + " yyyy", ci);
            }
            default:
                return fact.Value.ValueKind == JsonValueKind.String ? fact.Value.GetString()! : fact.Value.GetRawText();
        }
    }

    /// <summary>The culture's own conventions, but always the Gregorian calendar: dates of German law are meant.</summary>
    private static CultureInfo FormattingCulture(string culture)
    {
        var name = culture switch { "en" => "en-GB", "ar" => "ar-EG", "sr" => "sr-Latn-RS", _ => culture };
        CultureInfo ci;
        try { ci = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone(); }
        catch (CultureNotFoundException) { ci = (CultureInfo)CultureInfo.GetCultureInfo("en-GB").Clone(); }
        if (ci.Calendar is not GregorianCalendar)
        {
            var gregorian = ci.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault();
            if (gregorian is not null) ci.DateTimeFormat.Calendar = gregorian;
        }
        return ci;
    }

    [GeneratedRegex(@"\{fact:([A-Za-z0-9_.\-]+)\}")]
    private static partial Regex Placeholder();
}
