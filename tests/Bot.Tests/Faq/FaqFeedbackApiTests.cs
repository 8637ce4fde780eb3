using System.Net;
using System.Text.Json;
using IqChatGuide.Bot.Tests.Infrastructure;
using IqChatGuide.Guidance.Faq;
using IqChatGuide.Guidance.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IqChatGuide.Bot.Tests.Faq;

/// <summary>"Was that helpful?" through the real host: a Web Chat person rates an answer, operators see the count and nothing else.</summary>
public sealed class FaqFeedbackApiTests : IDisposable
{
    private const string OperatorKey = "feedback-operator-key";
    private const string Question = "How much does the recognition cost?";

    private readonly BotHost _host = new(new() { ["Storage:Provider"] = "Memory", ["Faq:OperatorKey"] = OperatorKey }, echo: false);

    public void Dispose() => _host.Dispose();

    private Microsoft.Extensions.Localization.IStringLocalizer Texts(string lang) =>
        _host.Services.GetRequiredService<ILocalizerProvider>().ForCulture(lang);

    private static Activity AsWebChat(Activity activity)
    {
        activity.ChannelId = "webchat";
        return activity;
    }

    private async Task<JsonElement> OperatorReportAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/faq/unanswered");
        request.Headers.Add("X-Operator-Key", OperatorKey);
        using var response = await _host.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    [Fact]
    public async Task A_click_on_not_helpful_mid_interview_shows_up_as_a_count_for_operators_without_the_persons_words()
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered");
        var person = _host.Conversation(locale: "en");
        Assert.Equal("consent", (await person.SendAsync(AsWebChat(person.NewActivity(ActivityTypes.ConversationUpdate).WithMembers(person.UserId)))).Slot);
        Assert.Equal("qualification.name", (await person.SendAsync(AsWebChat(person.NewActivity(text: "yes")))).Slot);

        var answered = await person.SendAsync(AsWebChat(person.NewActivity(text: Question)));
        Assert.Equal("qualification.name", answered.Slot);
        var answer = answered.Replies.Single(r => (r.ChannelData as JObject)?["faqTopic"] is not null);
        var topic = (string)((JObject)answer.ChannelData)["faqTopic"]!;
        Assert.Equal(topic, (string?)((JObject)answer.ChannelData)["feedbackFor"]);
        // The buttons are on a card under the answer; the question after it keeps its own as suggested actions.
        Assert.Null(answer.SuggestedActions);
        Assert.Equal("qualification.name", (string?)(answered.Replies.Last().ChannelData as JObject)?["slot"]);
        var card = Assert.Single(answer.Attachments);
        Assert.Equal(HeroCard.ContentType, card.ContentType);
        var hero = JObject.FromObject(card.Content).ToObject<HeroCard>()!;
        Assert.Equal(Texts("en")["feedback.ask"].Value, hero.Text);
        // Web Chat shows the title as the person's message and sends the stable value.
        var notHelpful = hero.Buttons.Single(a => a.Text == "faq.unhelpful");
        Assert.Equal(ActionTypes.MessageBack, notHelpful.Type);
        Assert.Equal(Texts("en")["feedback.notHelpful"].Value, notHelpful.DisplayText);

        var clicked = AsWebChat(person.NewActivity(text: notHelpful.Text));
        clicked.Value = notHelpful.Value;
        var reply = await person.SendAsync(clicked);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("qualification.name", reply.Slot);
        Assert.Contains(Texts("en")["feedback.sorry"].Value, reply.Text, StringComparison.Ordinal);

        var report = await OperatorReportAsync();
        var row = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("lang").GetString() == "en" && r.GetProperty("topic").GetString() == topic);
        Assert.Equal(0, row.GetProperty("helpful").GetInt32());
        Assert.Equal(1, row.GetProperty("notHelpful").GetInt32());
        // The rated answers are listed on their own too, the least helpful first.
        var rated = report.GetProperty("feedback").EnumerateArray().First();
        Assert.Equal((topic, "en", 1), (rated.GetProperty("topic").GetString(), rated.GetProperty("lang").GetString(), rated.GetProperty("notHelpful").GetInt32()));
        var raw = report.GetRawText();
        Assert.DoesNotContain(Question, raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(person.UserId, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(person.ConversationId, raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Helpful_after_a_first_question_in_arabic_is_counted_for_arabic_and_the_interview_is_offered()
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered");
        const string question = "كم تكلف معادلة الشهادة؟";
        Assert.True(_host.Services.GetRequiredService<IFaqAnswerer>().Ask(question, "ar").IsConfident);
        var person = _host.Conversation(locale: "ar");
        var answered = await person.SendAsync(AsWebChat(person.NewActivity(text: question)));
        var topic = answered.Hint("feedbackFor");
        Assert.NotNull(topic);
        Assert.Equal("consent", answered.Slot);

        var reply = await person.SendAsync(AsWebChat(person.NewActivity(text: "faq.helpful")));
        Assert.Equal("consent", reply.Slot);

        var row = (await OperatorReportAsync()).GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("lang").GetString() == "ar" && r.GetProperty("topic").GetString() == topic);
        Assert.Equal(1, row.GetProperty("helpful").GetInt32());
    }
}

internal static class ActivityMembers
{
    public static Activity WithMembers(this Activity activity, string userId)
    {
        activity.MembersAdded = [new ChannelAccount(userId, "Test person")];
        return activity;
    }
}
