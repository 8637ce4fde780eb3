using System.Text;

namespace IqChatGuide.Guidance.Tests.Routing;

/// <summary>
/// Reads the source CSV independently of the generated table, so the evaluation compares the router
/// with the source data and not with itself.
/// </summary>
internal static class PostalCodeCsv
{
    public sealed record Row(string Code, string Place, string StateCode);

    public static IEnumerable<Row> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = ParseLine(reader.ReadLine() ?? "");
        int code = header.IndexOf("zipcode"), place = header.IndexOf("place"), state = header.IndexOf("state_code");
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var fields = ParseLine(line);
            yield return new Row(fields[code], fields[place], fields[state]);
        }
    }

    private static List<string> ParseLine(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
