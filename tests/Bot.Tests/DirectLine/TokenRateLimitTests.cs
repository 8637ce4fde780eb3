using System.Net;

namespace IqChatGuide.Bot.Tests.DirectLine;

public sealed class TokenRateLimitTests
{
    [Fact]
    public async Task One_client_address_gets_429_after_the_per_minute_limit()
    {
        await using var server = new WidgetBotServer(echo: true, settings: new Dictionary<string, string?> { ["DirectLine:TokenRequestsPerMinute"] = "3" });
        using var http = server.NewClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await http.PostAsync("/api/directline/token", null, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) Assert.True(response.Headers.Contains("Retry-After"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
