using IqChatGuide.Guidance.Routing;

namespace IqChatGuide.Guidance.Tests.Routing;

/// <summary>
/// Routes every postal code of the source CSV and compares with the CSV's own states.
/// resolved = one state, the right one; asked = the bot asks, offering candidates that include the right
/// state(s); wrong = a state the CSV does not give, or a silent pick where the CSV has two states.
/// </summary>
public class RoutingEvaluationTests
{
    private readonly ResidenceRouter _router = RoutingData.Router;

    [Fact]
    public void Every_postal_code_is_resolved_or_asked_and_never_wrong()
    {
        var csv = RepositoryFiles.PostalCodeCsv;
        Assert.SkipWhen(csv is null, "../shared/data/plz/zipcodes.de.csv is not beside the repository; evaluation skipped.");

        var expected = PostalCodeCsv.Read(csv!)
            .GroupBy(r => r.Code)
            .ToDictionary(g => g.Key, g => g.Where(r => r.StateCode.Length > 0).Select(r => "DE-" + r.StateCode).ToHashSet());

        int resolved = 0, asked = 0, singleState = 0, resolvedSingle = 0;
        var wrong = new List<string>();
        foreach (var (code, states) in expected)
        {
            if (states.Count == 1) singleState++;
            var result = _router.RouteInGermany(code);
            switch (result.Status)
            {
                case RoutingStatus.Resolved when states.Count == 1 && states.Contains(result.States[0].Code)
                                                 && result.Office!.States.Contains(result.States[0].Code):
                    resolved++;
                    resolvedSingle++;
                    break;
                case RoutingStatus.Ambiguous or RoutingStatus.Unknown when states.IsSubsetOf(result.States.Select(s => s.Code)):
                    asked++;
                    break;
                default:
                    wrong.Add($"{code}: CSV {string.Join("/", states)}, router {result.Status} {string.Join("/", result.States.Select(s => s.Code))}");
                    break;
            }
        }

        var share = (double)resolvedSingle / singleState;
        Report($"routing evaluation, postal codes: {expected.Count}; resolved {resolved}, asked {asked}, wrong {wrong.Count}");
        Report($"routing evaluation, single-state codes: {singleState}; resolved without asking {resolvedSingle} ({share.ToString("P2", System.Globalization.CultureInfo.InvariantCulture)})");
        foreach (var line in wrong.Take(20)) Report("wrong: " + line);

        Assert.Empty(wrong);
        Assert.True(share >= 0.95, $"only {share:P2} of single-state postal codes resolved without asking");
    }

    [Fact]
    public void Every_place_name_is_resolved_to_one_of_its_states_or_asked()
    {
        var csv = RepositoryFiles.PostalCodeCsv;
        Assert.SkipWhen(csv is null, "../shared/data/plz/zipcodes.de.csv is not beside the repository; evaluation skipped.");

        var places = PostalCodeCsv.Read(csv!)
            .Where(r => r.StateCode.Length > 0)
            .GroupBy(r => r.Place)
            .ToDictionary(g => g.Key, g => g.Select(r => "DE-" + r.StateCode).ToHashSet());

        int resolved = 0, asked = 0;
        var wrong = new List<string>();
        foreach (var (place, states) in places)
        {
            var result = _router.RouteInGermany(place);
            if (result.Status == RoutingStatus.Resolved && states.Contains(result.States[0].Code)) resolved++;
            else if (result.Status is RoutingStatus.Ambiguous or RoutingStatus.Unknown && result.States.Any(s => states.Contains(s.Code))) asked++;
            else wrong.Add($"{place}: CSV {string.Join("/", states)}, router {result.Status} {string.Join("/", result.States.Select(s => s.Code))}");
        }

        Report($"routing evaluation, place names: {places.Count}; resolved {resolved}, asked {asked}, wrong {wrong.Count}");
        foreach (var line in wrong.Take(20)) Report("wrong: " + line);
        Assert.Empty(wrong);
    }

    /// <summary>The counts are the point of this evaluation; shown live with the runner's -showLiveOutput.</summary>
    private static void Report(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);
}
