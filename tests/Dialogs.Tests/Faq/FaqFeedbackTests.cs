using System.Text.Json;
using IqChatGuide.Dialogs.Faq;
using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Tests.Infrastructure;
using IqChatGuide.Guidance.Faq;
using IqChatGuide.Guidance.Input;
using IqChatGuide.Guidance.Languages;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace IqChatGuide.Dialogs.Tests.Faq;

/// <summary>"Was that helpful?" under FAQ answers: it is counted without personal data and never derails the interview.</summary>
public class FaqFeedbackTests
{
    private const string Costs = "costs";

    /// <summary>One of the FAQ's own ways of asking about costs that it answers confidently, so these tests are about feedback, not search.</summary>
    private static string CostsQuestion(GuideHarness harness, string lang)
    {
        var faq = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "locales", lang, "faq.json")));
        var questions = faq["topics"]![Costs]!["questions"]!.Values<string>().OfType<string>();
        // Asked with a question mark, so no open question takes it for its answer.
        var mark = SupportedLanguages.IsRightToLeft(lang) ? "؟" : "?";
        return questions.Select(q => q.IndexOfAny(['?', '؟']) >= 0 ? q : q.TrimEnd() + mark)
            .First(q => harness.Faq.Ask(q, lang) is { IsConfident: true, Topic: Costs });
    }

    private static Activity AnswerOf(Turn turn) =>
        turn.Messages.Single(m => Turn.Data(m)?["faqTopic"] is not null);

    /// <summary>The card under an answer that asks "was that helpful?".</summary>
    private static HeroCard CardOf(Activity answer)
    {
        var attachment = Assert.Single(answer.Attachments);
        Assert.Equal(HeroCard.ContentType, attachment.ContentType);
        return attachment.Content as HeroCard ?? JObject.FromObject(attachment.Content).ToObject<HeroCard>()!;
    }

    /// <summary>What Web Chat sends for a click on a messageBack button: its text, with its value.</summary>
    private static Task<Turn> ClickAsync(ChatSession chat, CardAction button, string? locale)
    {
        var click = chat.Adapter.MakeActivity(button.Text);
        click.Value = button.Value;
        click.Locale = locale;
        return chat.ProcessAsync(click);
    }

    private static CardAction Button(Turn answered, string value) =>
        CardOf(AnswerOf(answered)).Buttons.Single(b => b.Text == value);

    private static async Task<FaqInsightRow?> RowAsync(GuideHarness harness, string lang, string topic) =>
        (await harness.Insights.SnapshotAsync(TestContext.Current.CancellationToken)).Rows.SingleOrDefault(r => r.Lang == lang && r.Topic == topic);

    private static async Task<(ChatSession Chat, Turn Answered)> AskMidInterviewAsync(GuideHarness harness, string lang, string atSlot)
    {
        var chat = harness.Start(locale: lang);
        await chat.AnswerUntilAsync(await chat.JoinAsync(), atSlot, Answers.Nurse());
        var answered = (await chat.SendAsync(CostsQuestion(harness, lang))).Asks(atSlot);
        Assert.Equal(Costs, answered.Hint("faqTopic"));
        return (chat, answered);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData("tr")]
    [InlineData("uk")]
    public async Task An_answer_mid_interview_carries_helpful_and_not_helpful_on_a_card_in_the_language_while_the_question_keeps_its_own_choices(string lang)
    {
        var harness = new GuideHarness();
        var (_, answered) = await AskMidInterviewAsync(harness, lang, SlotIds.QualificationType);

        var answer = AnswerOf(answered);
        Assert.Equal(Costs, (string?)Turn.Data(answer)![FaqFeedback.FeedbackForHint]);
        // Not suggested actions: those of the question below would replace them on the screen.
        Assert.Null(answer.SuggestedActions);
        var texts = harness.Localizers.ForCulture(lang);
        var card = CardOf(answer);
        Assert.Equal(texts["feedback.ask"].Value, card.Text);
        var buttons = card.Buttons;
        Assert.All(buttons, b => Assert.Equal(ActionTypes.MessageBack, b.Type));
        // The stable value is what the bot receives; the title is what the person sees as their message.
        Assert.Equal([FaqFeedback.HelpfulValue, FaqFeedback.NotHelpfulValue], buttons.Select(b => b.Text));
        Assert.Equal([texts["feedback.helpful"].Value, texts["feedback.notHelpful"].Value], buttons.Select(b => b.Title));
        Assert.Equal(buttons.Select(b => b.Title), buttons.Select(b => b.DisplayText));
        if (lang != "en")
        {
            var english = harness.Localizers.ForCulture("en");
            Assert.DoesNotContain(english["feedback.helpful"].Value, buttons.Select(b => b.Title));
            Assert.DoesNotContain(english["feedback.notHelpful"].Value, buttons.Select(b => b.Title));
            Assert.NotEqual(english["feedback.ask"].Value, card.Text);
        }
        if (SupportedLanguages.IsRightToLeft(lang))
            Assert.All(buttons.Select(b => b.Title).Append(card.Text), t => Assert.Contains(t, c => c is >= '\u0600' and <= '\u06FF'));

        // The last message of the turn is the question again, with its own options as the buttons to press.
        Assert.Same(answered.Messages.Last(), answered.Question);
        Assert.Contains("vocational", answered.ButtonValues);
        Assert.DoesNotContain(FaqFeedback.HelpfulValue, answered.ButtonValues);
        Assert.DoesNotContain(FaqFeedback.NotHelpfulValue, answered.ButtonValues);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData("ru")]
    public async Task Helpful_mid_interview_is_counted_for_topic_and_language_and_the_same_question_comes_again(string lang)
    {
        var harness = new GuideHarness(restartEveryTurn: true);
        var (chat, answered) = await AskMidInterviewAsync(harness, lang, SlotIds.QualificationYear);

        var thanked = (await ClickAsync(chat, Button(answered, FaqFeedback.HelpfulValue), lang)).Asks(SlotIds.QualificationYear);
        thanked.Says(harness.Localizers.ForCulture(lang)["feedback.thanks"].Value);
        var row = await RowAsync(harness, lang, Costs);
        Assert.NotNull(row);
        Assert.Equal((1, 0), (row.Helpful, row.NotHelpful));

        // The question is answered as if nothing had happened in between.
        (await chat.SendAsync("2016")).Asks(SlotIds.QualificationExperience);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("fa")]
    public async Task Not_helpful_is_counted_offers_a_counsellor_or_other_words_and_the_same_question_comes_again(string lang)
    {
        var harness = new GuideHarness(restartEveryTurn: true);
        var (chat, answered) = await AskMidInterviewAsync(harness, lang, SlotIds.InGermany);

        var reply = (await ClickAsync(chat, Button(answered, FaqFeedback.NotHelpfulValue), lang)).Asks(SlotIds.InGermany);
        reply.Says(harness.Localizers.ForCulture(lang)["feedback.sorry"].Value);
        Assert.Equal(["yes", "no"], reply.ButtonValues);
        var row = await RowAsync(harness, lang, Costs);
        Assert.NotNull(row);
        Assert.Equal((0, 1), (row.Helpful, row.NotHelpful));

        (await chat.SendAsync("yes")).Asks(SlotIds.PostalCode);
    }

    [Fact]
    public async Task Ignoring_the_buttons_and_answering_the_question_takes_the_answer_and_a_late_click_counts_nothing()
    {
        var harness = new GuideHarness(restartEveryTurn: true);
        var (chat, answered) = await AskMidInterviewAsync(harness, "en", SlotIds.QualificationYear);

        (await chat.SendAsync("2016")).Asks(SlotIds.QualificationExperience);
        // The card's button is still on the screen: pressed later it is thanked for, not read as an
        // answer and not counted for an answer long gone.
        (await ClickAsync(chat, Button(answered, FaqFeedback.HelpfulValue), "en")).Asks(SlotIds.QualificationExperience)
            .Says(harness.Localizers.ForCulture("en")["feedback.thanks"].Value);
        var row = await RowAsync(harness, "en", Costs);
        Assert.Equal((0, 0), (row?.Helpful ?? 0, row?.NotHelpful ?? 0));

        await chat.AnswerUntilAsync(chat.Turns[^1], SlotIds.Review, Answers.Nurse());
        var handoff = await chat.SendAsync("confirm");
        var stored = (await harness.Cases.GetAsync(handoff.Hint("caseReference")!, TestContext.Current.CancellationToken))!;
        Assert.Equal(2016, stored.Answers.QualificationYear);
        Assert.Equal(5, stored.Answers.ExperienceYears);
    }

    [Fact]
    public async Task A_second_click_on_the_same_buttons_is_thanked_for_but_counted_once()
    {
        var harness = new GuideHarness();
        var (chat, answered) = await AskMidInterviewAsync(harness, "en", SlotIds.QualificationName);
        var helpful = Button(answered, FaqFeedback.HelpfulValue);
        (await ClickAsync(chat, helpful, "en")).Asks(SlotIds.QualificationName);
        (await ClickAsync(chat, helpful, "en")).Asks(SlotIds.QualificationName).Says(harness.Localizers.ForCulture("en")["feedback.thanks"].Value);
        Assert.Equal(1, (await RowAsync(harness, "en", Costs))!.Helpful);
        // The button value never became the name of the qualification.
        (await chat.SendAsync("Nurse")).Asks(SlotIds.QualificationType);
    }

    [Theory]
    [InlineData("de", "Hilfreich", true)]
    [InlineData("de", "nicht hilfreich", false)]
    [InlineData("uk", "Не допомогло", false)]
    public async Task The_title_typed_instead_of_clicked_counts_too(string lang, string typed, bool helpful)
    {
        var harness = new GuideHarness();
        var (chat, _) = await AskMidInterviewAsync(harness, lang, SlotIds.QualificationName);
        (await chat.SendAsync(typed)).Asks(SlotIds.QualificationName);
        var row = (await RowAsync(harness, lang, Costs))!;
        Assert.Equal(helpful ? (1, 0) : (0, 1), (row.Helpful, row.NotHelpful));
    }

    [Fact]
    public async Task Feedback_on_a_first_message_question_goes_on_to_the_interview_as_before()
    {
        var harness = new GuideHarness(restartEveryTurn: true);
        const string question = "Wie viel kostet die Anerkennung?";
        Assert.Equal(Costs, harness.Faq.Ask(question, "de").Topic);

        var chat = harness.Start();
        var first = (await chat.SendAsync(question)).Asks(SlotIds.Consent);
        Assert.Equal([FaqFeedback.HelpfulValue, FaqFeedback.NotHelpfulValue], CardOf(AnswerOf(first)).Buttons.Select(b => b.Text));
        Assert.Equal(["Ja", "Nein"], first.ButtonTitles);

        (await ClickAsync(chat, Button(first, FaqFeedback.HelpfulValue), null)).Asks(SlotIds.Consent).Says(harness.Localizers.ForCulture("de")["feedback.thanks"].Value);
        Assert.Equal(1, (await RowAsync(harness, "de", Costs))!.Helpful);
        (await chat.SendAsync("ja")).Asks(SlotIds.QualificationName);
    }

    [Fact]
    public async Task Feedback_at_the_review_shows_the_review_question_again()
    {
        var harness = new GuideHarness(restartEveryTurn: true);
        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.Review, Answers.Nurse());
        (await chat.SendAsync(CostsQuestion(harness, "en"))).Asks(SlotIds.Review);

        var again = (await chat.SendAsync(FaqFeedback.NotHelpfulValue)).Asks(SlotIds.Review);
        Assert.Equal(["confirm", "change"], again.ButtonValues);
        Assert.Equal(1, (await RowAsync(harness, "en", Costs))!.NotHelpful);
        Assert.NotNull((await chat.SendAsync("confirm")).Hint("caseReference"));
    }

    [Fact]
    public async Task Feedback_after_the_case_is_thanked_for_without_repeating_the_case_reminder()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.Review, Answers.Nurse());
        var reference = (await chat.SendAsync("confirm")).Hint("caseReference")!;

        var answered = await chat.SendAsync(CostsQuestion(harness, "en"));
        Assert.Equal(Costs, (string?)Turn.Data(AnswerOf(answered))![FaqFeedback.FeedbackForHint]);
        var thanked = await chat.SendAsync(FaqFeedback.HelpfulValue);
        thanked.Says(harness.Localizers.ForCulture("en")["feedback.thanks"].Value).DoesNotSay(reference);
        Assert.Equal(1, (await RowAsync(harness, "en", Costs))!.Helpful);
    }

    [Fact]
    public async Task Feedback_keeps_only_topic_language_and_counts_never_the_persons_words_or_ids()
    {
        var harness = new GuideHarness(restartEveryTurn: true);
        var (chat, _) = await AskMidInterviewAsync(harness, "en", SlotIds.ContactDetails);
        await chat.SendAsync(FaqFeedback.NotHelpfulValue);

        var report = await harness.Insights.SnapshotAsync(TestContext.Current.CancellationToken);
        Assert.Empty(report.KeptQuestions);
        var row = Assert.Single(report.Rows);
        Assert.Equal(("en", Costs, 1, 0, 1), (row.Lang, row.Topic, row.Answered, row.Helpful, row.NotHelpful));
        var json = JsonSerializer.Serialize(report);
        foreach (var personal in new[] { CostsQuestion(harness, "en"), chat.Adapter.Conversation.User.Id, chat.Adapter.Conversation.Conversation.Id, "Nurse", "10115" })
            Assert.DoesNotContain(personal, json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_late_click_on_the_card_of_an_earlier_answer_is_never_counted_for_the_latest_one()
    {
        var harness = new GuideHarness(restartEveryTurn: true);
        var (chat, costs) = await AskMidInterviewAsync(harness, "en", SlotIds.QualificationName);
        const string translations = "translations";
        var question = harness.Faq.Ask("Do my documents have to be translated into German?", "en");
        Assert.Equal((true, translations), (question.IsConfident, question.Topic));
        var second = (await chat.SendAsync("Do my documents have to be translated into German?")).Asks(SlotIds.QualificationName);
        Assert.Equal(translations, second.Hint(FaqFeedback.FeedbackForHint));

        // Both cards are on the screen; the person scrolls up and rates the first answer.
        (await ClickAsync(chat, Button(costs, FaqFeedback.NotHelpfulValue), "en")).Asks(SlotIds.QualificationName)
            .Says(harness.Localizers.ForCulture("en")["feedback.sorry"].Value);
        Assert.Equal((0, 0), ((await RowAsync(harness, "en", translations))?.Helpful ?? 0, (await RowAsync(harness, "en", translations))?.NotHelpful ?? 0));
        Assert.Equal(0, (await RowAsync(harness, "en", Costs))?.NotHelpful ?? 0);
        (await chat.SendAsync("Nurse")).Asks(SlotIds.QualificationType);
    }

    /// <summary>
    /// Channels that show only the newest message's buttons (or none) get no feedback question: as numbered
    /// options it would stand right above the question's own numbers and "1" would mean two things.
    /// </summary>
    [Theory]
    [InlineData("sms")]
    [InlineData("slack")]
    [InlineData("line")]
    [InlineData("skype")]
    [InlineData("kik")]
    [InlineData("groupme")]
    [InlineData("telegram")]
    [InlineData("facebook")]
    public async Task Where_older_messages_cannot_keep_buttons_the_answer_asks_no_feedback_and_a_number_answers_the_question(string channelId)
    {
        var harness = new GuideHarness();
        var chat = harness.Start(channelId: channelId, locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.QualificationType, Answers.Nurse());
        var answered = (await chat.SendAsync(CostsQuestion(harness, "en"))).Asks(SlotIds.QualificationType);
        var answer = AnswerOf(answered);
        Assert.Null(answer.SuggestedActions);
        Assert.Empty(answer.Attachments ?? []);
        Assert.Null(Turn.Data(answer)![FaqFeedback.FeedbackForHint]);
        var texts = harness.Localizers.ForCulture("en");
        answered.DoesNotSay(texts["feedback.helpful"].Value).DoesNotSay(texts["feedback.ask"].Value);
        (await chat.SendAsync("1")).Asks(SlotIds.QualificationDuration);
    }

    /// <summary>The words "not helpful" tells people to write really reach a counsellor, in every language.</summary>
    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void The_reply_to_not_helpful_names_the_talk_to_a_person_command_of_its_language(string lang)
    {
        var provider = new GuideHarness().BuildProvider();
        var reader = provider.GetRequiredService<IInputReader>();
        var sorry = new GuideHarness().Localizers.ForCulture(lang)["feedback.sorry"].Value;
        var quoted = System.Text.RegularExpressions.Regex.Match(sorry, "[\"„«“]([^\"“”»]+)[\"“”»]");
        Assert.True(quoted.Success, $"{lang}: no quoted command in '{sorry}'");
        Assert.Equal(GuideCommand.TalkToPerson, reader.ReadCommand(quoted.Groups[1].Value.Trim(), lang));
    }

    public static TheoryData<string> AllLanguages => new(SupportedLanguages.All);
}
