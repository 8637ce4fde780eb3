using System.Net;
using System.Text.Json;
using IqChatGuide.Bot.Faq;
using IqChatGuide.Bot.Tests.Infrastructure;
using IqChatGuide.Guidance.Faq;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IqChatGuide.Bot.Tests.Conversations;

/// <summary>
/// "Delete my data" through the real host on each storage: the question texts a person agreed to have kept go
/// with everything else, another person's stay, and the operator report never shows whose a text was.
/// </summary>
public sealed class DeleteMyFaqQuestionsTests(RedisServerFixture redis)
{
    private const string OperatorKey = "delete-faq-operator-key";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Memory")]
    [InlineData("Sqlite")]
    [InlineData("Redis")]
    public async Task After_delete_my_data_the_persons_kept_question_is_gone_from_the_report_and_another_persons_stays(string provider)
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered");
        var dir = Directory.CreateTempSubdirectory("iqcg-forget-").FullName;
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = provider, ["Faq:OperatorKey"] = OperatorKey };
        if (provider == "Sqlite") settings["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(dir, "bot.db")}";
        if (provider == "Redis")
        {
            settings["ConnectionStrings:Redis"] = redis.Require().ConnectionString;
            settings["Storage:RedisKeyPrefix"] = redis.NewPrefix();
        }
        try
        {
            await using var host = new BotHost(settings, echo: false);
            var faq = host.Services.GetRequiredService<IFaqAnswerer>();
            // Ana's question leaves the FAQ unsure, Olena's is not one it can answer: both are kept with consent.
            var anasQuestion = VagueFaqQuestions.All.FirstOrDefault(q => faq.Ask(q, "en") is { IsConfident: false, Suggestions.Count: > 0 });
            Assert.True(anasQuestion is not null, "None of the vague questions leaves the FAQ unsure.");
            const string olenasQuestion = "What will the weather be like in Hamburg tomorrow?";
            Assert.Empty(faq.Ask(olenasQuestion, "en").Suggestions);

            var ana = await ConsentingPersonAsync(host);
            var olena = await ConsentingPersonAsync(host);
            Assert.Equal(HttpStatusCode.OK, (await SayAsync(ana, anasQuestion)).Status);
            Assert.Equal(HttpStatusCode.OK, (await SayAsync(olena, olenasQuestion)).Status);

            var before = await ReportAsync(host);
            Assert.Equal(new[] { anasQuestion, olenasQuestion }.Order(), KeptTexts(before).Order());
            AssertNoOwnerKeys(before, ana, olena);
            var countsBefore = NotAnsweredCount(before);

            Assert.Equal("delete.confirm", (await SayAsync(ana, "delete my data")).Slot);
            var deleted = await SayAsync(ana, "yes");
            Assert.Null(deleted.Error);
            Assert.Contains("All your data is deleted", deleted.Text, StringComparison.Ordinal);

            var after = await ReportAsync(host);
            Assert.Equal([olenasQuestion], KeptTexts(after));
            AssertNoOwnerKeys(after, ana, olena);
            // The counts hold nothing about anybody: they stay.
            Assert.Equal(countsBefore, NotAnsweredCount(after));
            Assert.Equal(2, countsBefore);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }

    private static async Task<ConversationClient> ConsentingPersonAsync(BotHost host)
    {
        var person = host.Conversation(locale: "en");
        var joined = WebChat(person.NewActivity(ActivityTypes.ConversationUpdate));
        joined.MembersAdded = [new ChannelAccount(person.UserId, "Test person")];
        Assert.Equal("consent", (await person.SendAsync(joined)).Slot);
        Assert.Equal("qualification.name", (await SayAsync(person, "yes")).Slot);
        return person;
    }

    private static Task<ConversationClient.Turn> SayAsync(ConversationClient person, string text) =>
        person.SendAsync(WebChat(person.NewActivity(text: text)));

    private static Activity WebChat(Activity activity)
    {
        activity.ChannelId = "webchat";
        return activity;
    }

    private static async Task<string> ReportAsync(BotHost host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/faq/unanswered");
        request.Headers.Add(FaqEndpoints.OperatorKeyHeader, OperatorKey);
        using var response = await host.CreateClient().SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static List<string> KeptTexts(string report) =>
        JsonDocument.Parse(report).RootElement.GetProperty("keptQuestions").EnumerateArray().Select(q => q.GetProperty("text").GetString()!).ToList();

    private static int NotAnsweredCount(string report) =>
        JsonDocument.Parse(report).RootElement.GetProperty("rows").EnumerateArray()
            .Sum(r => r.GetProperty("lowConfidence").GetInt32() + r.GetProperty("unanswered").GetInt32());

    private static void AssertNoOwnerKeys(string report, params ConversationClient[] people)
    {
        foreach (var person in people)
        {
            var owner = FaqOwner.Of("webchat", person.ConversationId)!;
            Assert.DoesNotContain(owner, report, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(person.ConversationId, report, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("owner", report, StringComparison.OrdinalIgnoreCase);
    }
}
