using System.Globalization;

namespace IqChatGuide.Guidance.Routing;

internal static class DataDates
{
    /// <summary>Dates in data files are ISO dates (yyyy-MM-dd), whatever the server's culture.</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
