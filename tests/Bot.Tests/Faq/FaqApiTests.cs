using System.Net;
using System.Text.Json;
using IqChatGuide.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace IqChatGuide.Bot.Tests.Faq;

/// <summary>GET /api/faq and GET /api/faq/unanswered through the real host.</summary>
public class FaqApiTests(FaqApiTests.Host factory) : IClassFixture<FaqApiTests.Host>
{
    public const string OperatorKey = "test-operator-key";

    /// <summary>The real host with an operator key configured.</summary>
    public sealed class Host : ApiHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Faq:OperatorKey", OperatorKey);
        }
    }

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string url, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null) request.Headers.Add("X-Operator-Key", key);
        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement);
    }

    [Fact]
    public async Task A_question_with_a_language_gets_topic_score_and_answer()
    {
        var (status, body) = await GetAsync("/api/faq?q=" + Uri.EscapeDataString("Was kostet die Anerkennung?") + "&lang=de");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("de", body.GetProperty("lang").GetString());
        Assert.Equal("costs", body.GetProperty("topic").GetString());
        Assert.InRange(body.GetProperty("score").GetDouble(), 0.0, 1.0);
        var answer = body.GetProperty("answer").GetString()!;
        Assert.Contains("€", answer);
        Assert.DoesNotContain("{fact:", answer);
    }

    [Fact]
    public async Task Without_lang_the_language_is_detected_and_returned()
    {
        var (status, body) = await GetAsync("/api/faq?q=" + Uri.EscapeDataString("Muss ich meine Zeugnisse übersetzen lassen?"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("de", body.GetProperty("lang").GetString());
        Assert.Equal("translations", body.GetProperty("topic").GetString());
    }

    [Fact]
    public async Task A_question_that_is_not_ours_has_a_null_topic_and_no_answer()
    {
        var (status, body) = await GetAsync("/api/faq?q=" + Uri.EscapeDataString("will it snow in Munich tomorrow") + "&lang=en");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("topic").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("answer").ValueKind);
        Assert.Equal("en", body.GetProperty("lang").GetString());
    }

    [Theory]
    [InlineData("/api/faq", "missing")]
    [InlineData("/api/faq?q=%20%20&lang=en", "missing")]
    [InlineData("/api/faq?q=cost&lang=xx", "not supported")]
    public async Task Bad_input_gets_400_with_a_reason(string url, string reason)
    {
        var (status, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(reason, body.GetProperty("title").GetString() + " " + body.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_oversized_question_gets_400_not_a_server_error()
    {
        var (status, body) = await GetAsync("/api/faq?lang=en&q=" + new string('a', 5000));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("too long", body.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Operators_see_unanswered_questions_counted_but_never_anonymous_texts()
    {
        const string question = "zxqv blorp wibble";
        await GetAsync("/api/faq?lang=pl&q=" + Uri.EscapeDataString(question));

        var (status, body) = await GetAsync("/api/faq/unanswered", OperatorKey);

        Assert.Equal(HttpStatusCode.OK, status);
        var row = body.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("lang").GetString() == "pl" && r.GetProperty("topic").ValueKind == JsonValueKind.Null);
        Assert.True(row.GetProperty("unanswered").GetInt32() >= 1);
        Assert.DoesNotContain(question, body.GetRawText());
    }

    [Fact]
    public async Task Without_the_operator_key_kept_texts_are_not_shown()
    {
        var (status, body) = await GetAsync("/api/faq/unanswered", "wrong-key");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("keptQuestions").ValueKind);
    }
}
