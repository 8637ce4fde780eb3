using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Tests.Infrastructure;
using IqChatGuide.Guidance.Faq;

namespace IqChatGuide.Dialogs.Tests.Conversations;

public class InterruptionTests
{
    /// <summary>Languages with FAQ texts; the question is one of the FAQ's own ways of asking about costs, so this tests the resume, not the search.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData("tr")]
    [InlineData("uk")]
    [InlineData("fr")]
    public async Task A_recognition_question_mid_interview_is_answered_and_the_same_question_comes_again(string locale)
    {
        var harness = new GuideHarness();
        var question = FaqQuestions(locale, "costs").First(q => harness.Faq.Ask(q, locale).IsConfident);
        var expected = harness.Faq.Ask(question, locale);
        Assert.True(expected.IsConfident, $"The FAQ does not answer '{question}' confidently.");

        var chat = harness.Start(locale: locale);
        var replies = Answers.Nurse();
        replies["consent"] = "yes";
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.QualificationYear, replies);

        var answered = (await chat.SendAsync(question)).Asks(SlotIds.QualificationYear);
        Assert.Equal(expected.Topic, answered.Hint("faqTopic"));
        answered.Says(expected.Answer!);

        (await chat.SendAsync("2016")).Asks(SlotIds.QualificationExperience);
        await chat.AnswerUntilAsync(chat.Turns[^1], SlotIds.Review, replies);
        var handoff = await chat.SendAsync("confirm");
        var stored = (await harness.Cases.GetAsync(handoff.Hint("caseReference")!, TestContext.Current.CancellationToken))!;
        Assert.Equal(2016, stored.Answers.QualificationYear);
        Assert.Contains(expected.Topic!, stored.Answers.QuestionsAsked);
    }

    [Fact]
    public async Task A_question_as_the_first_message_is_answered_in_its_language_and_then_the_interview_is_offered()
    {
        var harness = new GuideHarness();
        const string question = "Wie lange dauert das Anerkennungsverfahren?";
        var expected = harness.Faq.Ask(question, "de");
        Assert.True(expected.IsConfident);

        var chat = harness.Start();
        var first = (await chat.SendAsync(question)).Asks(SlotIds.Consent);
        Assert.Equal(expected.Topic, first.Hint("faqTopic"));
        Assert.Equal(["Ja", "Nein"], first.ButtonTitles);
    }

    [Fact]
    public async Task Help_explains_the_question_and_the_commands_and_asks_the_same_question_again()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.PostalCode, Answers.Nurse());
        (await chat.SendAsync("help")).Asks(SlotIds.PostalCode).Says("5 digits").Says("\"restart\"");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Back_asks_the_previous_question_and_keeps_the_other_answers(bool restartEveryTurn)
    {
        var harness = new GuideHarness(restartEveryTurn);
        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.QualificationYear, Answers.Nurse());
        (await chat.SendAsync("back")).Asks(SlotIds.QualificationCountry);
        (await chat.SendAsync("back")).Asks(SlotIds.QualificationDuration);
        // The new answer replaces the old one; the country is still known, so the interview goes on where it was.
        (await chat.SendAsync("4 years")).Asks(SlotIds.QualificationYear);
        var review = await chat.AnswerUntilAsync(chat.Turns[^1], SlotIds.Review, Answers.Nurse());
        review.Says("Length of training: 4 years").Says("Philippines");
    }

    [Fact]
    public async Task Restart_forgets_the_answers_and_starts_again_in_the_same_language()
    {
        var harness = new GuideHarness();
        var chat = harness.Start();
        var replies = Answers.Nurse();
        replies["language"] = "de";
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.QualificationCountry, replies);
        (await chat.SendAsync("neu starten")).Asks(SlotIds.Consent).Says("neu an");
        (await chat.SendAsync("ja")).Asks(SlotIds.QualificationName);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Changing_the_language_mid_interview_keeps_the_answers_and_asks_the_same_question_in_the_new_language(bool restartEveryTurn)
    {
        var harness = new GuideHarness(restartEveryTurn);
        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.QualificationYear, Answers.Nurse());
        (await chat.SendAsync("change language")).Asks(SlotIds.Language);
        (await chat.SendAsync("Deutsch")).Asks(SlotIds.QualificationYear).Says("In welchem Jahr");
        (await chat.SendAsync("2016")).Asks(SlotIds.QualificationExperience);
        var review = await chat.AnswerUntilAsync(chat.Turns[^1], SlotIds.Review, Answers.Nurse());
        review.Says("Abschluss: Nurse").Says("Philippinen");
    }

    [Fact]
    public async Task Asking_for_a_person_at_the_second_question_goes_straight_to_the_hand_off_with_what_is_known()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "en");
        (await chat.JoinAsync()).Asks(SlotIds.Consent);
        (await chat.SendAsync("yes")).Asks(SlotIds.QualificationName);

        var handoff = await chat.SendAsync("I want to talk to a person");
        Assert.Null(handoff.Slot);
        var reference = handoff.Hint("caseReference");
        Assert.NotNull(reference);
        var hotline = harness.Router.Hotline;
        Assert.Equal(hotline.Id, handoff.Hint("office"));
        handoff.Says(hotline.Name).Says(reference!);
        Assert.NotNull(handoff.Event("handoff.initiate"));

        var stored = (await harness.Cases.GetAsync(reference!, TestContext.Current.CancellationToken))!;
        Assert.True(stored.Answers.Consent);
        Assert.Null(stored.Answers.QualificationName);

        // Afterwards the person is told where the case is, and questions are still answered.
        (await chat.SendAsync("hello")).Says(reference!);
        var answer = await chat.SendAsync("How much does the recognition cost?");
        Assert.NotNull(answer.Hint("faqTopic"));
        answer.DoesNotSay(reference!);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Delete_my_data_asks_once_then_wipes_the_state_and_the_case(bool restartEveryTurn)
    {
        var harness = new GuideHarness(restartEveryTurn);
        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.Review, Answers.Nurse());
        var reference = (await chat.SendAsync("confirm")).Hint("caseReference")!;
        Assert.NotNull(await harness.Cases.GetAsync(reference, TestContext.Current.CancellationToken));

        (await chat.SendAsync("delete my data")).Asks(SlotIds.DeleteConfirm);
        (await chat.SendAsync("yes")).Says("deleted");

        Assert.Null(await harness.Cases.GetAsync(reference, TestContext.Current.CancellationToken));
        var conversationKey = $"test/conversations/{chat.Adapter.Conversation.Conversation.Id}";
        var userKey = $"test/users/{chat.Adapter.Conversation.User.Id}";
        if (restartEveryTurn)
            Assert.Equal("{}", harness.StoredJson);
        else
            Assert.Empty(await harness.ReadStoredAsync(conversationKey, userKey));

        // Nothing is remembered: a new message starts from the beginning.
        (await chat.SendAsync("hi")).Asks(SlotIds.Consent).DoesNotSay(reference);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Delete_my_data_also_forgets_the_question_texts_kept_from_this_conversation_and_no_others(bool restartEveryTurn)
    {
        var ct = TestContext.Current.CancellationToken;
        var harness = new GuideHarness(restartEveryTurn);
        const string question = "What will the weather be like in Hamburg tomorrow? I am Ana from Manila";
        Assert.True(harness.Faq.LooksLikeQuestion(question, "en"));
        var elsewhere = FaqOwner.Of("webchat", "someone-else")!;
        await harness.Insights.RecordAsync(harness.Faq.Ask("what about my cat?", "en"), "what about my cat?", consented: true, elsewhere, ct);

        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.GermanLevel, Answers.Nurse());
        (await chat.SendAsync(question)).Asks(SlotIds.GermanLevel);
        Assert.Contains(question, (await harness.Insights.SnapshotAsync(ct)).KeptQuestions.Select(q => q.Text));
        var counts = (await harness.Insights.SnapshotAsync(ct)).Rows;

        (await chat.SendAsync("delete my data")).Asks(SlotIds.DeleteConfirm);
        (await chat.SendAsync("yes")).Says("deleted");

        var report = await harness.Insights.SnapshotAsync(ct);
        Assert.Equal(["what about my cat?"], report.KeptQuestions.Select(q => q.Text));
        Assert.Equal(counts, report.Rows);
    }

    [Fact]
    public async Task Delete_my_data_answered_with_no_keeps_everything_and_asks_the_same_question()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.GermanLevel, Answers.Nurse());
        (await chat.SendAsync("delete my data")).Asks(SlotIds.DeleteConfirm);
        (await chat.SendAsync("no")).Asks(SlotIds.GermanLevel).Says("nothing was deleted");
        var review = await chat.AnswerUntilAsync(chat.Turns[^1], SlotIds.Review, Answers.Nurse());
        review.Says("Nurse");
    }

    private static IEnumerable<string> FaqQuestions(string lang, string topic)
    {
        var faq = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "locales", lang, "faq.json")));
        return faq["topics"]![topic]!["questions"]!.Values<string>().OfType<string>();
    }
}
