using IqChatGuide.Bot.Tests.DirectLine;
using IqChatGuide.Bot.Tests.Infrastructure;

namespace IqChatGuide.Bot.Tests.Widget;

/// <summary>
/// The widget behind a load balancer: two bot instances on one Redis, and every Direct Line request of
/// the page sent to the other instance than the one before. The interview must not notice.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScaleOutInBrowserTests(BrowserFixture browser, RedisServerFixture redis)
{
    [Fact]
    public async Task The_interview_completes_while_requests_alternate_between_two_instances_on_one_Redis()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Redis",
            ["ConnectionStrings:Redis"] = redis.Require().ConnectionString,
            ["Storage:RedisKeyPrefix"] = redis.NewPrefix(),
        };
        await using var a = new WidgetBotServer(settings: settings);
        await using var b = new WidgetBotServer(settings: settings);
        var originA = a.Address.ToString().TrimEnd('/');
        var originB = b.Address.ToString().TrimEnd('/');

        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "de-DE" });
        var page = await context.NewPageAsync();
        var served = new Dictionary<string, int> { [originA] = 0, [originB] = 0 };
        var turn = 0;
        await page.RouteAsync("**/v3/directline/**", async route =>
        {
            // The load balancer: odd requests go to instance B.
            var target = Interlocked.Increment(ref turn) % 2 == 0 ? originA : originB;
            lock (served) served[target]++;
            await route.ContinueAsync(new() { Url = route.Request.Url.Replace(originA, target, StringComparison.Ordinal) });
        });
        var walker = new InterviewWalker(page, "de");
        await page.GotoAsync(originA + "/");
        await walker.WaitForConversationAsync();

        var reference = await walker.WalkToReferenceAsync();

        Assert.StartsWith("IQ-", reference, StringComparison.Ordinal);
        Assert.True(served[originA] > 5 && served[originB] > 5, $"A served {served[originA]}, B served {served[originB]}");
    }
}
