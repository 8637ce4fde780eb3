using System.Net;
using System.Text.Json;
using IqChatGuide.Bot.Tests.Infrastructure;

namespace IqChatGuide.Bot.Tests.Offices;

/// <summary>
/// GET /api/offices for every postal code of the source CSV (../shared/data/plz/zipcodes.de.csv), compared with
/// the states the CSV itself gives: resolved (one state, the right one), asked (ambiguous/unknown with the right
/// candidates), wrong (anything else). wrong must be 0 and ≥ 95% of single-state codes must resolve.
/// </summary>
public class OfficesApiEvaluationTests(ApiHost factory) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Api_resolves_single_state_codes_and_never_answers_wrong()
    {
        var csv = SourceCsv();
        Assert.SkipWhen(csv is null, "../shared/data/plz/zipcodes.de.csv is not beside the repository; evaluation skipped.");
        var expected = ReadStatesByCode(csv!);
        var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        int resolved = 0, asked = 0, single = 0;
        var wrong = new List<string>();
        foreach (var (code, states) in expected)
        {
            if (states.Count == 1) single++;
            var response = await client.GetAsync($"/api/offices?postalCode={code}", ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            var status = body.RootElement.GetProperty("status").GetString();
            var candidates = body.RootElement.GetProperty("states").EnumerateArray().Select(s => s.GetProperty("code").GetString()!).ToHashSet();
            if (status == "resolved" && states.Count == 1 && candidates.SetEquals(states)) resolved++;
            else if (status is "ambiguous" or "unknown" && states.IsSubsetOf(candidates)) asked++;
            else wrong.Add($"{code}: CSV {string.Join("/", states)}, API {status} {string.Join("/", candidates)}");
        }

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"/api/offices evaluation: {expected.Count} codes; resolved {resolved}, asked {asked}, wrong {wrong.Count}; " +
                          $"single-state resolved {resolved}/{single}");
        foreach (var line in wrong.Take(20)) output?.WriteLine("wrong: " + line);
        Assert.Empty(wrong);
        Assert.True(resolved >= 0.95 * single, $"only {resolved} of {single} single-state codes resolved");
    }

    private static string? SourceCsv()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "IqChatGuide.sln"))) continue;
            var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "plz", "zipcodes.de.csv"));
            return File.Exists(path) ? path : null;
        }
        return null;
    }

    /// <summary>zipcode → "DE-" + state_code, read straight from the CSV.</summary>
    private static Dictionary<string, HashSet<string>> ReadStatesByCode(string path)
    {
        var result = new Dictionary<string, HashSet<string>>();
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()!.Split(',');
        int codeAt = Array.IndexOf(header, "zipcode"), stateAt = Array.IndexOf(header, "state_code");
        while (reader.ReadLine() is { } line)
        {
            var fields = SplitCsv(line);
            var code = fields[codeAt];
            if (!result.TryGetValue(code, out var states)) result[code] = states = [];
            if (fields[stateAt].Length > 0) states.Add("DE-" + fields[stateAt]);
        }
        return result;
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
