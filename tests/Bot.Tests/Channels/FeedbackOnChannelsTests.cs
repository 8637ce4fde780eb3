using System.Text.RegularExpressions;
using IqChatGuide.Bot.Channels;
using IqChatGuide.Bot.Tests.Infrastructure;
using IqChatGuide.Guidance.Localization;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace IqChatGuide.Bot.Tests.Channels;

/// <summary>
/// An FAQ question in the middle of the interview, through the real host and its channel shaping:
/// what the person sees must leave no doubt what a typed "1" means.
/// </summary>
public sealed class FeedbackOnChannelsTests : IDisposable
{
    private const string Question = "How much does the recognition cost?";

    private readonly BotHost _host = new(new() { ["Storage:Provider"] = "Memory" }, echo: false);

    public void Dispose() => _host.Dispose();

    private Microsoft.Extensions.Localization.IStringLocalizer Texts => _host.Services.GetRequiredService<ILocalizerProvider>().ForCulture("en");

    private static Activity On(string channelId, Activity activity)
    {
        activity.ChannelId = channelId;
        return activity;
    }

    /// <summary>Starts the interview on <paramref name="channelId"/> and answers up to the choice between vocational and academic.</summary>
    private async Task<ConversationClient> AtQualificationTypeAsync(string channelId)
    {
        var person = _host.Conversation(locale: "en");
        var joined = On(channelId, person.NewActivity(ActivityTypes.ConversationUpdate));
        joined.MembersAdded = [new ChannelAccount(person.UserId, "Test person")];
        Assert.Equal("consent", (await person.SendAsync(joined)).Slot);
        Assert.Equal("qualification.name", (await person.SendAsync(On(channelId, person.NewActivity(text: "yes")))).Slot);
        Assert.Equal("qualification.type", (await person.SendAsync(On(channelId, person.NewActivity(text: "Nurse")))).Slot);
        return person;
    }

    private static int NumberedLines(string text) => Regex.Matches(text, @"^\s*\d+\.\s", RegexOptions.Multiline).Count;

    [Theory]
    [InlineData("slack")]
    [InlineData("groupme")]
    [InlineData("skype")]
    [InlineData("kik")]
    [InlineData("sms")]
    [InlineData("email")]
    public async Task On_a_text_only_channel_the_only_numbered_options_are_the_questions_and_1_picks_its_first(string channelId)
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered");
        var person = await AtQualificationTypeAsync(channelId);

        var answered = await person.SendAsync(On(channelId, person.NewActivity(text: Question)));
        Assert.Equal("qualification.type", answered.Slot);
        Assert.NotNull(answered.Hint("faqTopic"));
        Assert.All(answered.Replies, r => Assert.Null(r.SuggestedActions));
        Assert.All(answered.Replies, r => Assert.Empty(r.Attachments ?? []));
        // No feedback question: neither its words nor its options.
        Assert.Null(answered.Hint("feedbackFor"));
        Assert.DoesNotContain(Texts["feedback.ask"].Value, answered.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Texts["feedback.helpful"].Value, answered.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Texts["feedback.notHelpful"].Value, answered.Text, StringComparison.Ordinal);
        // One numbered list, on the question, starting at 1.
        var answer = answered.Replies.Single(r => (r.ChannelData as JObject)?["faqTopic"] is not null);
        Assert.Equal(0, NumberedLines(answer.Text));
        var question = answered.Replies.Last();
        Assert.Equal("qualification.type", (string?)(question.ChannelData as JObject)?["slot"]);
        Assert.Single(Regex.Matches(answered.Text, @"^\s*1\.\s", RegexOptions.Multiline));
        Assert.True(NumberedLines(question.Text) >= 2, question.Text);

        // "1" is the first option of the question, not a rating.
        var next = await person.SendAsync(On(channelId, person.NewActivity(text: "1")));
        Assert.Equal("qualification.duration", next.Slot);
        Assert.DoesNotContain(Texts["feedback.thanks"].Value, next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_web_chat_the_feedback_is_a_card_under_the_answer_and_the_question_keeps_the_buttons()
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered");
        var person = await AtQualificationTypeAsync("webchat");

        var answered = await person.SendAsync(On("webchat", person.NewActivity(text: Question)));
        var answer = answered.Replies.Single(r => (r.ChannelData as JObject)?["faqTopic"] is not null);
        Assert.Null(answer.SuggestedActions);
        var hero = JObject.FromObject(Assert.Single(answer.Attachments).Content).ToObject<HeroCard>()!;
        Assert.Equal(["faq.helpful", "faq.unhelpful"], hero.Buttons.Select(b => b.Text));
        var question = answered.Replies.Last();
        Assert.Equal("qualification.type", (string?)(question.ChannelData as JObject)?["slot"]);
        Assert.Contains("vocational", question.SuggestedActions.Actions.Select(a => a.Text));
        Assert.Equal(0, NumberedLines(answered.Text));
    }

    /// <summary>The guide words its options by the same table the host shapes them by.</summary>
    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("msteams")]
    [InlineData("telegram")]
    [InlineData("facebook")]
    [InlineData("line")]
    [InlineData("slack")]
    [InlineData("skype")]
    [InlineData("kik")]
    [InlineData("groupme")]
    [InlineData("sms")]
    [InlineData("test")]
    [InlineData("some-new-channel")]
    public void Guide_and_host_agree_on_buttons(string channelId)
    {
        var host = ChannelCapabilities.For(channelId);
        foreach (var count in new[] { 1, 2, 6, 7, 10, 12, 13, 14 })
            Assert.Equal(host.ShowsButtons && host.CanShowButtons(count), Dialogs.Conversation.ChannelCapabilities.SupportsButtons(channelId, count));
    }
}
