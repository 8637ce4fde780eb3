using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;

namespace IqChatGuide.Bot.Tests.DirectLine;

public sealed class DirectLineProtocolTests : IAsyncLifetime
{
    private readonly WidgetBotServer _server = new(echo: true, settings: new Dictionary<string, string?> { ["DirectLine:PageSize"] = "3" });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Token_endpoint_gives_a_short_lived_token_for_a_new_conversation()
    {
        using var http = _server.NewClient();
        var first = await (await http.PostAsJsonAsync("/api/directline/token", new { locale = "de-DE" }, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        var second = await (await http.PostAsync("/api/directline/token", null, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(1800, first!["expires_in"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(first["token"]!.GetValue<string>()));
        Assert.NotEqual(first["conversationId"]!.GetValue<string>(), second!["conversationId"]!.GetValue<string>());
        Assert.DoesNotContain(WidgetBotServer.SigningKey, first.ToJsonString());
    }

    [Fact]
    public async Task The_bot_greets_in_the_page_language_and_answers_a_message()
    {
        var client = await _server.StartConversationAsync("de-DE");
        await client.SayAsync("Hallo");

        var (activities, _) = await client.GetAsync();
        var texts = activities.Select(a => a!["text"]?.GetValue<string>()).ToList();
        Assert.Equal(["hello de-DE", "Hallo", "echo: Hallo"], texts.Take(3));
        // The sender is the token's user, whatever the browser claims; the echo keeps Web Chat's client id.
        var mine = activities[1]!;
        Assert.Equal(client.UserId, mine["from"]!["id"]!.GetValue<string>());
        Assert.Equal("c-Hallo", mine["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("bot", activities[2]!["from"]!["role"]!.GetValue<string>());
        Assert.Equal(mine["id"]!.GetValue<string>(), activities[2]!["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Watermarks_page_through_the_transcript_without_gaps_or_repeats()
    {
        var client = await _server.StartConversationAsync();
        foreach (var word in new[] { "one", "two", "three" }) await client.SayAsync(word);

        var seen = new List<string>();
        string? watermark = null;
        for (var page = 0; page < 10; page++)
        {
            var (activities, next) = await client.GetAsync(watermark);
            Assert.True(activities.Count <= 3, "a poll returns at most one page");
            if (activities.Count == 0) { Assert.Equal(watermark, next); break; }
            seen.AddRange(activities.Select(a => a!["text"]!.GetValue<string>()));
            watermark = next;
        }

        Assert.Equal(["hello en", "one", "echo: one", "two", "echo: two", "three", "echo: three"], seen);
        Assert.Equal("7", watermark);

        await client.SayAsync("four");
        var (later, _) = await client.GetAsync(watermark);
        Assert.Equal(["four", "echo: four"], later.Select(a => a!["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_token_of_one_conversation_cannot_read_or_write_another()
    {
        var alice = await _server.StartConversationAsync();
        var bob = await _server.StartConversationAsync();
        await alice.SayAsync("my postal code is 10115");

        using var read = await bob.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{alice.ConversationId}/activities");
        using var write = await bob.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{alice.ConversationId}/activities", new { type = "message", text = "hi" });

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.DoesNotContain("10115", await read.Content.ReadAsStringAsync(Ct));
        var (aliceSees, _) = await alice.GetAsync();
        Assert.DoesNotContain(aliceSees, a => a!["text"]?.GetValue<string>() == "hi");
    }

    [Fact]
    public async Task Forged_expired_or_missing_tokens_are_refused()
    {
        var client = await _server.StartConversationAsync();
        var path = $"/v3/directline/conversations/{client.ConversationId}/activities";
        var parts = client.Token.Split('.');
        var tampered = parts[0][..^2] + (parts[0][^2] == 'A' ? "B" : "A") + parts[0][^1] + "." + parts[1];
        using var forged = await client.SendAsync(HttpMethod.Get, path, token: tampered);
        using var garbage = await client.SendAsync(HttpMethod.Get, path, token: "not-a-token");

        using var anonymous = await client.Http.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_refreshed_token_still_opens_only_its_own_conversation()
    {
        var client = await _server.StartConversationAsync();
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var renewed = await refresh.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(client.ConversationId, renewed!["conversationId"]!.GetValue<string>());
        client.Token = renewed["token"]!.GetValue<string>();
        Assert.Equal("hello en", (await client.GetAsync()).Activities[0]!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"message\"}")]
    [InlineData("{\"type\":\"invoke\",\"name\":\"x\"}")]
    [InlineData("[1,2,3]")]
    public async Task Malformed_activities_get_400_with_a_reason(string body)
    {
        var client = await _server.StartConversationAsync();
        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("detail", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Oversized_messages_and_bad_watermarks_get_400()
    {
        var client = await _server.StartConversationAsync();
        var path = $"/v3/directline/conversations/{client.ConversationId}/activities";
        using var huge = await client.SendAsync(HttpMethod.Post, path, new { type = "message", text = new string('x', 100_000) });
        using var long_ = await client.SendAsync(HttpMethod.Post, path, new { type = "message", text = new string('x', 5000) });
        using var badWatermark = await client.SendAsync(HttpMethod.Get, path + "?watermark=-4");
        using var textWatermark = await client.SendAsync(HttpMethod.Get, path + "?watermark=abc");

        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, long_.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badWatermark.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, textWatermark.StatusCode);
    }

    [Fact]
    public async Task Emoji_rtl_and_control_characters_round_trip_unchanged()
    {
        var client = await _server.StartConversationAsync("ar");
        const string text = "مرحبا 👋🏽 \u202Eabc\u202C \u0007 Straße";
        await client.SayAsync(text);

        var (activities, _) = await client.GetAsync();
        Assert.Contains(activities, a => a!["text"]?.GetValue<string>() == "echo: " + text);
    }
}
