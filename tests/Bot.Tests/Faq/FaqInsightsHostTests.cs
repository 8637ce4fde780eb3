using System.Net;
using System.Text.Json;
using IqChatGuide.Bot.Storage;
using IqChatGuide.Bot.Storage.Memory;
using IqChatGuide.Bot.Tests.Infrastructure;
using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Faq;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IqChatGuide.Bot.Tests.Faq;

/// <summary>
/// FAQ insights through real hosts on real storage: several instances on one Redis report the same totals, a
/// restart keeps them, and a storage failure never costs an answer.
/// </summary>
public sealed class FaqInsightsHostTests(RedisServerFixture redis)
{
    private const string OperatorKey = "insights-operator-key";
    private const string NotOurs = "zxqv blorp wibble";
    private const string Costs = "How much does the recognition cost?";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static BotHost RedisHost(string connectionString, string prefix) => new(new()
    {
        ["Storage:Provider"] = "Redis",
        ["ConnectionStrings:Redis"] = connectionString,
        ["Storage:RedisKeyPrefix"] = prefix,
        ["Faq:OperatorKey"] = OperatorKey,
    }, echo: false);

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(BotHost host, string url, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (key is not null) request.Headers.Add("X-Operator-Key", key);
        using var response = await host.CreateClient().SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static Task<(HttpStatusCode Status, JsonElement Body)> AskAsync(BotHost host, string question, string lang) =>
        GetAsync(host, $"/api/faq?lang={lang}&q={Uri.EscapeDataString(question)}");

    private static async Task<JsonElement> ReportAsync(BotHost host, string? key = OperatorKey)
    {
        var (status, body) = await GetAsync(host, "/api/faq/unanswered", key);
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    private static JsonElement? Row(JsonElement report, string lang, string? topic) =>
        report.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("lang").GetString() == lang && r.GetProperty("topic").GetString() == topic)
            .Select(r => (JsonElement?)r).SingleOrDefault();

    private static Activity AsWebChat(Activity activity)
    {
        activity.ChannelId = "webchat";
        return activity;
    }

    private static Task<ConversationClient.Turn> JoinAsync(ConversationClient person)
    {
        var joined = AsWebChat(person.NewActivity(ActivityTypes.ConversationUpdate));
        joined.MembersAdded = [new ChannelAccount(person.UserId, "Test person")];
        return person.SendAsync(joined);
    }

    [Fact]
    public async Task Two_instances_on_one_redis_show_the_totals_of_both_on_either_of_them()
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered");
        var server = redis.Require();
        var prefix = redis.NewPrefix();
        await using var a = RedisHost(server.ConnectionString, prefix);
        await using var b = RedisHost(server.ConnectionString, prefix);
        var vague = VagueFaqQuestions.All.Select(q => (Text: q, Result: a.Services.GetRequiredService<IFaqAnswerer>().Ask(q, "en")))
            .First(x => !x.Result.IsConfident && x.Result.Suggestions.Count > 0);

        // Anonymous questions on both instances.
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(a, NotOurs, "pl")).Status);
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(a, NotOurs, "pl")).Status);
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(b, NotOurs, "pl")).Status);
        var (_, viaApi) = await AskAsync(a, Costs, "en");
        var topic = viaApi.GetProperty("topic").GetString();
        Assert.NotNull(topic);

        // A person who consented talks to B: an unsure question (kept), an answer (counted), "not helpful".
        var person = b.Conversation(locale: "en");
        Assert.Equal("consent", (await JoinAsync(person)).Slot);
        Assert.Equal("qualification.name", (await person.SendAsync(AsWebChat(person.NewActivity(text: "yes")))).Slot);
        Assert.Equal(HttpStatusCode.OK, (await person.SendAsync(AsWebChat(person.NewActivity(text: vague.Text)))).Status);
        var answered = await person.SendAsync(AsWebChat(person.NewActivity(text: Costs)));
        Assert.Equal(topic, answered.Hint("feedbackFor"));
        Assert.Equal(HttpStatusCode.OK, (await person.SendAsync(AsWebChat(person.NewActivity(text: "faq.unhelpful")))).Status);

        var fromA = await ReportAsync(a);
        var fromB = await ReportAsync(b);
        Assert.Equal(fromA.GetRawText(), fromB.GetRawText());
        foreach (var report in new[] { fromA, fromB })
        {
            Assert.Equal(3, Row(report, "pl", null)!.Value.GetProperty("unanswered").GetInt32());
            var rated = Row(report, "en", topic)!.Value;
            Assert.Equal((2, 1), (rated.GetProperty("answered").GetInt32(), rated.GetProperty("notHelpful").GetInt32()));
            var unsure = Row(report, "en", vague.Result.Suggestions[0].Topic)!.Value;
            Assert.True(unsure.GetProperty("lowConfidence").GetInt32() >= 1);
            var kept = Assert.Single(report.GetProperty("keptQuestions").EnumerateArray());
            Assert.Equal(vague.Text, kept.GetProperty("text").GetString());
            Assert.DoesNotContain(NotOurs, report.GetRawText());
        }
        Assert.Equal(JsonValueKind.Null, (await ReportAsync(a, key: null)).GetProperty("keptQuestions").ValueKind);
    }

    [Fact]
    public async Task With_redis_down_the_faq_still_answers_and_the_report_says_503_and_after_redis_is_back_the_counts_are_there()
    {
        await using var server = RedisServer.Start();
        await using var host = RedisHost(server.ConnectionString, "faq-down:");
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(host, NotOurs, "de")).Status);
        Assert.Equal(1, Row(await ReportAsync(host), "de", null)!.Value.GetProperty("unanswered").GetInt32());
        server.Kill();

        const string secret = "Was kostet die Anerkennung? Ich heiße Ana Petrova";
        var (status, body) = await AskAsync(host, secret, "de");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("costs", body.GetProperty("topic").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("answer").GetString()));

        var (reportStatus, problem) = await GetAsync(host, "/api/faq/unanswered", OperatorKey);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, reportStatus);
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));

        Assert.Contains(host.Logs, l => l.Contains("FAQ question not counted", StringComparison.Ordinal) && l.Contains("Redis", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs, l => l.Contains("Ana Petrova", StringComparison.Ordinal) || l.Contains("Anerkennung", StringComparison.Ordinal));

        server.StartProcess();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await host.CreateClient().GetAsync("/readyz", Ct)).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, "the bot did not reconnect to Redis within 20 s");
            await Task.Delay(200, Ct);
        }
        Assert.Equal(1, Row(await ReportAsync(host), "de", null)!.Value.GetProperty("unanswered").GetInt32());
    }

    [Fact]
    public async Task A_bot_on_sqlite_still_has_its_counts_after_a_restart()
    {
        var dir = Directory.CreateTempSubdirectory("iqcg-insights-host-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(dir, "bot.db")}",
            ["Faq:OperatorKey"] = OperatorKey,
        };
        try
        {
            await using (var before = new BotHost(settings))
            {
                Assert.Equal(HttpStatusCode.OK, (await AskAsync(before, NotOurs, "tr")).Status);
                Assert.Equal(HttpStatusCode.OK, (await AskAsync(before, NotOurs, "tr")).Status);
            }

            await using var after = new BotHost(settings);
            Assert.Equal(2, Row(await ReportAsync(after), "tr", null)!.Value.GetProperty("unanswered").GetInt32());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task When_counting_fails_a_conversation_and_the_faq_api_still_answer_and_the_report_says_503()
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered");
        await using var host = new BotHost(new() { ["Storage:Provider"] = "Memory", ["Faq:OperatorKey"] = OperatorKey }, echo: false);
        await using var failing = host.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.RemoveAll<StorageBackend>();
            services.AddSingleton<StorageBackend>(sp => new InsightsFailingBackend(new MemoryBackend(TimeProvider.System, new RetentionOptions())));
        }));
        var http = failing.CreateClient();

        var person = new ConversationClient(http, Guid.NewGuid().ToString("N"), "en");
        Assert.Equal("consent", (await JoinAsync(person)).Slot);
        Assert.Equal("qualification.name", (await person.SendAsync(AsWebChat(person.NewActivity(text: "yes")))).Slot);
        var answered = await person.SendAsync(AsWebChat(person.NewActivity(text: Costs)));
        Assert.Equal(HttpStatusCode.OK, answered.Status);
        Assert.Null(answered.Error);
        Assert.NotNull(answered.Hint("faqTopic"));
        Assert.Equal("qualification.name", answered.Slot);
        var rated = await person.SendAsync(AsWebChat(person.NewActivity(text: "faq.helpful")));
        Assert.Null(rated.Error);
        Assert.Equal("qualification.name", rated.Slot);

        using var api = await http.GetAsync("/api/faq?lang=en&q=" + Uri.EscapeDataString(Costs), Ct);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("costs", JsonDocument.Parse(await api.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("topic").GetString());
        using var report = new HttpRequestMessage(HttpMethod.Get, "/api/faq/unanswered");
        report.Headers.Add("X-Operator-Key", OperatorKey);
        using var reportResponse = await http.SendAsync(report, Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, reportResponse.StatusCode);
        Assert.Equal("application/problem+json", reportResponse.Content.Headers.ContentType?.MediaType);

        Assert.Contains(host.Logs, l => l.Contains("FAQ question not counted", StringComparison.Ordinal) && l.Contains("SqliteException", StringComparison.Ordinal));
        Assert.Contains(host.Logs, l => l.Contains("FAQ feedback not counted", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs, l => l.Contains(Costs, StringComparison.OrdinalIgnoreCase) || l.Contains("recognition cost", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task When_forgetting_the_kept_questions_fails_delete_my_data_says_try_again_and_deletes_nothing_else()
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered");
        await using var host = new BotHost(new() { ["Storage:Provider"] = "Memory", ["Faq:OperatorKey"] = OperatorKey }, echo: false);
        await using var failing = host.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.RemoveAll<StorageBackend>();
            services.AddSingleton<StorageBackend>(sp => new InsightsFailingBackend(new MemoryBackend(TimeProvider.System, new RetentionOptions())));
        }));
        var person = new ConversationClient(failing.CreateClient(), Guid.NewGuid().ToString("N"), "en");
        Assert.Equal("consent", (await JoinAsync(person)).Slot);
        Assert.Equal("qualification.name", (await person.SendAsync(AsWebChat(person.NewActivity(text: "yes")))).Slot);
        Assert.Equal("delete.confirm", (await person.SendAsync(AsWebChat(person.NewActivity(text: "delete my data")))).Slot);

        // As when the case store fails: the turn ends with "try again", nothing is confirmed as deleted.
        var failed = await person.SendAsync(AsWebChat(person.NewActivity(text: "yes")));
        Assert.Equal(HttpStatusCode.OK, failed.Status);
        Assert.Equal("storageUnavailable", failed.Error);
        Assert.DoesNotContain("All your data is deleted", failed.Text, StringComparison.Ordinal);
        Assert.Contains(host.Logs, l => l.Contains("FAQ question texts not forgotten", StringComparison.Ordinal) && l.Contains("SqliteException", StringComparison.Ordinal));

        // The conversation was not deleted: the person is still asked to confirm, and trying again tries again.
        var again = await person.SendAsync(AsWebChat(person.NewActivity(text: "yes")));
        Assert.Equal("storageUnavailable", again.Error);
        Assert.NotEqual("consent", again.Slot);
    }

    /// <summary>Memory storage whose FAQ insights fail like a broken SQLite file; everything else works.</summary>
    private sealed class InsightsFailingBackend(StorageBackend inner) : StorageBackend
    {
        public override StorageProvider Provider => inner.Provider;
        public override IStorage State => inner.State;
        public override ICaseStore Cases => inner.Cases;
        public override ICaseOutbox Outbox => inner.Outbox;
        public override IFaqInsights Insights { get; } = new FailingInsights();
        public override Task<string?> CheckReadyAsync(CancellationToken cancellationToken) => inner.CheckReadyAsync(cancellationToken);

        private sealed class FailingInsights : IFaqInsights
        {
            private static StorageUnavailableException Failure() => new("Sqlite", new Microsoft.Data.Sqlite.SqliteException("disk I/O error", 10));
            public Task RecordAsync(FaqResult result, string question, bool consented, string? owner, CancellationToken cancellationToken = default) => throw Failure();
            public Task ForgetAsync(string owner, CancellationToken cancellationToken = default) => Task.FromException(Failure());
            public Task RecordFeedbackAsync(string topic, string lang, bool helpful, CancellationToken cancellationToken = default) => Task.FromException(Failure());
            public Task<FaqInsightsReport> SnapshotAsync(CancellationToken cancellationToken = default) => Task.FromException<FaqInsightsReport>(Failure());
        }
    }
}
