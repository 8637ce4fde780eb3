using System.Text.Json;
using IqChatGuide.Dialogs.Faq;
using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Tests.Infrastructure;
using IqChatGuide.Guidance.Faq;
using IqChatGuide.Guidance.Input;
using IqChatGuide.Guidance.Languages;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

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

    private static FaqInsightRow? Row(GuideHarness harness, string lang, string topic) =>
        harness.Insights.Snapshot().Rows.SingleOrDefault(r => r.Lang == lang && r.Topic == topic);

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
    public async Task An_answer_mid_interview_carries_helpful_and_not_helpful_in_the_language_while_the_question_keeps_its_own_choices(string lang)
    {
        var harness = new GuideHarness();
        var (_, answered) = await AskMidInterviewAsync(harness, lang, SlotIds.QualificationType);

        var answer = AnswerOf(answered);
        Assert.Equal(Costs, (string?)Turn.Data(answer)![FaqFeedback.FeedbackForHint]);
        var actions = answer.SuggestedActions.Actions;
        Assert.Equal([FaqFeedback.HelpfulValue, FaqFeedback.NotHelpfulValue], actions.Select(a => (string)a.Value));
        var texts = harness.Localizers.ForCulture(lang);
        Assert.Equal([texts["feedback.helpful"].Value, texts["feedback.notHelpful"].Value], actions.Select(a => a.Title));
        if (lang != "en")
        {
            var english = harness.Localizers.ForCulture("en");
            Assert.DoesNotContain(english["feedback.helpful"].Value, actions.Select(a => a.Title));
            Assert.DoesNotContain(english["feedback.notHelpful"].Value, actions.Select(a => a.Title));
        }
        if (SupportedLanguages.IsRightToLeft(lang))
            Assert.All(actions, a => Assert.Contains(a.Title, c => c is >= '\u0600' and <= '\u06FF'));

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
        var (chat, _) = await AskMidInterviewAsync(harness, lang, SlotIds.QualificationYear);

        var thanked = (await chat.SendAsync(FaqFeedback.HelpfulValue)).Asks(SlotIds.QualificationYear);
        thanked.Says(harness.Localizers.ForCulture(lang)["feedback.thanks"].Value);
        var row = Row(harness, lang, Costs);
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
        var (chat, _) = await AskMidInterviewAsync(harness, lang, SlotIds.InGermany);

        var reply = (await chat.SendAsync(FaqFeedback.NotHelpfulValue)).Asks(SlotIds.InGermany);
        reply.Says(harness.Localizers.ForCulture(lang)["feedback.sorry"].Value);
        Assert.Equal(["yes", "no"], reply.ButtonValues);
        var row = Row(harness, lang, Costs);
        Assert.NotNull(row);
        Assert.Equal((0, 1), (row.Helpful, row.NotHelpful));

        (await chat.SendAsync("yes")).Asks(SlotIds.PostalCode);
    }

    [Fact]
    public async Task Ignoring_the_buttons_and_answering_the_question_takes_the_answer_and_a_late_click_counts_nothing()
    {
        var harness = new GuideHarness(restartEveryTurn: true);
        var (chat, _) = await AskMidInterviewAsync(harness, "en", SlotIds.QualificationYear);

        (await chat.SendAsync("2016")).Asks(SlotIds.QualificationExperience);
        // An old button pressed later is not read as an answer and not counted for an answer long gone.
        (await chat.SendAsync(FaqFeedback.HelpfulValue)).Asks(SlotIds.QualificationExperience);
        var row = Row(harness, "en", Costs);
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
        var (chat, _) = await AskMidInterviewAsync(harness, "en", SlotIds.QualificationName);
        (await chat.SendAsync(FaqFeedback.HelpfulValue)).Asks(SlotIds.QualificationName);
        (await chat.SendAsync(FaqFeedback.HelpfulValue)).Asks(SlotIds.QualificationName).Says(harness.Localizers.ForCulture("en")["feedback.thanks"].Value);
        Assert.Equal(1, Row(harness, "en", Costs)!.Helpful);
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
        var row = Row(harness, lang, Costs)!;
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
        Assert.Equal([FaqFeedback.HelpfulValue, FaqFeedback.NotHelpfulValue], AnswerOf(first).SuggestedActions.Actions.Select(a => (string)a.Value));
        Assert.Equal(["Ja", "Nein"], first.ButtonTitles);

        (await chat.SendAsync(FaqFeedback.HelpfulValue)).Asks(SlotIds.Consent).Says(harness.Localizers.ForCulture("de")["feedback.thanks"].Value);
        Assert.Equal(1, Row(harness, "de", Costs)!.Helpful);
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
        Assert.Equal(1, Row(harness, "en", Costs)!.NotHelpful);
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
        Assert.Equal(1, Row(harness, "en", Costs)!.Helpful);
    }

    [Fact]
    public async Task Feedback_keeps_only_topic_language_and_counts_never_the_persons_words_or_ids()
    {
        var harness = new GuideHarness(restartEveryTurn: true);
        var (chat, _) = await AskMidInterviewAsync(harness, "en", SlotIds.ContactDetails);
        await chat.SendAsync(FaqFeedback.NotHelpfulValue);

        var report = harness.Insights.Snapshot();
        Assert.Empty(report.KeptQuestions);
        var row = Assert.Single(report.Rows);
        Assert.Equal(("en", Costs, 1, 0, 1), (row.Lang, row.Topic, row.Answered, row.Helpful, row.NotHelpful));
        var json = JsonSerializer.Serialize(report);
        foreach (var personal in new[] { CostsQuestion(harness, "en"), chat.Adapter.Conversation.User.Id, chat.Adapter.Conversation.Conversation.Id, "Nurse", "10115" })
            Assert.DoesNotContain(personal, json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Where_a_channel_shows_no_buttons_the_answer_comes_without_them_and_a_number_still_answers_the_question()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(channelId: "sms", locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.QualificationType, Answers.Nurse());
        var answered = (await chat.SendAsync(CostsQuestion(harness, "en"))).Asks(SlotIds.QualificationType);
        var answer = AnswerOf(answered);
        Assert.Null(answer.SuggestedActions);
        Assert.Null(Turn.Data(answer)![FaqFeedback.FeedbackForHint]);
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
