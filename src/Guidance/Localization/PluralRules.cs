using System.Globalization;

namespace IqChatGuide.Guidance.Localization;

/// <summary>
/// CLDR cardinal plural categories (zero, one, two, few, many, other) for the guide's languages.
/// A text key may have variants such as "cases.documents.one" / ".few" / ".many" / ".other".
/// </summary>
public static class PluralRules
{
    public static readonly IReadOnlyList<string> Categories = ["zero", "one", "two", "few", "many", "other"];

    /// <summary>The CLDR category of <paramref name="count"/> in <paramref name="language"/> (a code such as "ru").</summary>
    public static string Select(string language, decimal count)
    {
        var n = Math.Abs(count);
        var text = n.ToString(CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.');
        var fraction = dot < 0 ? "" : text[(dot + 1)..];
        var v = fraction.Length;                                  // visible fraction digits
        var f = v == 0 ? 0L : long.Parse(fraction, CultureInfo.InvariantCulture);
        var i = (long)decimal.Truncate(n);
        var isInteger = v == 0;

        switch (language)
        {
            case "en" or "de":
                return i == 1 && isInteger ? "one" : "other";
            case "tr":
                return n == 1 ? "one" : "other";
            case "fa":
                return i == 0 || n == 1 ? "one" : "other";
            case "es":
                if (n == 1) return "one";
                return isInteger && i != 0 && i % 1_000_000 == 0 ? "many" : "other";
            case "fr":
                if (i is 0 or 1) return "one";
                return isInteger && i != 0 && i % 1_000_000 == 0 ? "many" : "other";
            case "ar":
                if (n == 0) return "zero";
                if (n == 1) return "one";
                if (n == 2) return "two";
                if (isInteger && i % 100 is >= 3 and <= 10) return "few";
                if (isInteger && i % 100 is >= 11 and <= 99) return "many";
                return "other";
            case "pl":
                if (isInteger && i == 1) return "one";
                if (isInteger && i % 10 is >= 2 and <= 4 && i % 100 is not (>= 12 and <= 14)) return "few";
                if (isInteger) return "many";
                return "other";
            case "ru" or "uk":
                if (!isInteger) return "other";
                if (i % 10 == 1 && i % 100 != 11) return "one";
                if (i % 10 is >= 2 and <= 4 && i % 100 is not (>= 12 and <= 14)) return "few";
                return "many";
            case "sr":
                if ((isInteger && i % 10 == 1 && i % 100 != 11) || (f % 10 == 1 && f % 100 != 11)) return "one";
                if ((isInteger && i % 10 is >= 2 and <= 4 && i % 100 is not (>= 12 and <= 14))
                    || (f % 10 is >= 2 and <= 4 && f % 100 is not (>= 12 and <= 14))) return "few";
                return "other";
            case "ro":
                if (isInteger && i == 1) return "one";
                if (!isInteger || n == 0 || (n != 1 && i % 100 is >= 1 and <= 19)) return "few";
                return "other";
            default:
                return n == 1 ? "one" : "other";
        }
    }

    public static bool TryGetCount(object? value, out decimal count)
    {
        switch (value)
        {
            case int or long or short or byte or sbyte or uint or ulong or ushort or decimal:
                count = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                return true;
            case double d when !double.IsNaN(d) && !double.IsInfinity(d):
                count = (decimal)d;
                return true;
            case float fl when !float.IsNaN(fl) && !float.IsInfinity(fl):
                count = (decimal)fl;
                return true;
            case string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed):
                count = parsed;
                return true;
            default:
                count = 0;
                return false;
        }
    }
}
