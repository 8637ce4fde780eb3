using System.Net;
using System.Text;
using IqChatGuide.Bot.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace IqChatGuide.Bot.Tests.Messages;

/// <summary>Whatever arrives at /api/messages, the answer is a 400 with a reason or a friendly reply, never a 5xx, and the bot keeps answering.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly BotHost _host = BotHost.Memory();
    private ConversationClient _person = null!;

    public ValueTask InitializeAsync()
    {
        _person = _host.Conversation();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> AssertBadRequestAsync(string body)
    {
        var turn = await _person.PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, turn.Status);
        var problem = JObject.Parse(turn.Body);
        Assert.Equal(400, (int)problem["status"]!);
        return (string)problem["detail"]!;
    }

    private string Valid(Action<JObject> change)
    {
        var json = JObject.FromObject(_person.NewActivity(text: "hello"), Newtonsoft.Json.JsonSerializer.Create(Microsoft.Bot.Builder.Integration.AspNet.Core.HttpHelper.BotMessageSerializerSettings));
        change(json);
        return json.ToString();
    }

    [Fact]
    public async Task Broken_json_is_refused_with_the_position()
    {
        Assert.Contains("not valid JSON", await AssertBadRequestAsync("{\"type\": \"message\", \"text\": \"hal"));
    }

    [Theory]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"message\"")]
    [InlineData("")]
    public async Task A_body_that_is_not_an_activity_object_is_refused(string body)
    {
        var detail = await AssertBadRequestAsync(body);
        Assert.True(detail.Contains("JSON object", StringComparison.Ordinal) || detail.Contains("empty", StringComparison.Ordinal), detail);
    }

    [Fact]
    public async Task A_missing_conversation_is_named()
    {
        Assert.Contains("conversation.id", await AssertBadRequestAsync(Valid(j => j.Remove("conversation"))));
    }

    [Fact]
    public async Task A_missing_sender_is_named()
    {
        Assert.Contains("from.id", await AssertBadRequestAsync(Valid(j => j.Remove("from"))));
    }

    [Fact]
    public async Task An_unknown_activity_type_is_named()
    {
        Assert.Contains("Unknown activity type 'selfDestruct'", await AssertBadRequestAsync(Valid(j => j["type"] = "selfDestruct")));
        Assert.Contains("no 'type'", await AssertBadRequestAsync(Valid(j => j.Remove("type"))));
    }

    [Fact]
    public async Task A_wrong_field_type_is_named_without_echoing_the_value()
    {
        var detail = await AssertBadRequestAsync(Valid(j => j["conversation"] = new JArray("secret")));
        Assert.Contains("conversation", detail);
        Assert.DoesNotContain("secret", detail);
    }

    [Fact]
    public async Task A_100_kB_body_is_refused_before_parsing()
    {
        Assert.Contains("larger than 65536 bytes", await AssertBadRequestAsync(Valid(j => j["text"] = new string('a', 100_000))));
    }

    [Fact]
    public async Task A_body_without_content_length_is_limited_too()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Valid(j => j["text"] = new string('a', 100_000)))));
        content.Headers.ContentType = new("application/json");
        using var response = await _person.Http.PostAsync("/api/messages", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_very_long_message_gets_a_friendly_reply_and_is_not_counted_as_an_answer()
    {
        var first = await _person.SayAsync("one");
        Assert.Equal(1, first.TurnCount);

        var tooLong = await _person.SayAsync(new string('ü', 6000));
        Assert.Equal(HttpStatusCode.OK, tooLong.Status);
        Assert.Equal("messageTooLong", tooLong.Error);
        Assert.Contains("5000", tooLong.Text);

        var next = await _person.SayAsync("two");
        Assert.Equal(2, next.TurnCount);
    }

    [Fact]
    public async Task Emoji_right_to_left_and_control_characters_are_just_text()
    {
        const string text = "مرحبا 👋🏽 \u202Eabc\u202C \u0007\u0000 שלום";
        var turn = await _person.SayAsync(text);
        Assert.Equal(HttpStatusCode.OK, turn.Status);
        Assert.Equal("turn 1: " + text, turn.Text);
    }

    [Fact]
    public async Task After_a_burst_of_bad_requests_the_bot_still_answers()
    {
        foreach (var body in new[] { "{", "[]", Valid(j => j.Remove("from")), Valid(j => j["type"] = "x"), Valid(j => j["text"] = new string('a', 70_000)) })
        {
            var turn = await _person.PostRawAsync(body);
            Assert.True((int)turn.Status < 500, $"{(int)turn.Status} for {body[..Math.Min(body.Length, 30)]}");
        }
        Assert.Equal("turn 1: still there?", (await _person.SayAsync("still there?")).Text);
    }
}
