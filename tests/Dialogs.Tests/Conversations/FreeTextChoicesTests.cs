using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Tests.Infrastructure;

namespace IqChatGuide.Dialogs.Tests.Conversations;

/// <summary>People answer choice questions in their own words; those words are answers, not FAQ questions.</summary>
public class FreeTextChoicesTests
{
    [Fact]
    public async Task Documents_and_goal_typed_in_German_words_are_taken_as_answers_and_a_real_question_still_gets_its_answer()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "de-DE");
        var replies = Answers.Nurse();
        replies["qualification.name"] = "Krankenschwester";

        var documents = await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.QualificationDocuments, replies);
        documents.Asks(SlotIds.QualificationDocuments);
        (await chat.SendAsync("Zeugnisse und Übersetzungen")).Asks(SlotIds.InGermany);

        var goal = await chat.AnswerUntilAsync(await chat.SendAsync("ja"), SlotIds.Goal, replies);
        goal.Asks(SlotIds.Goal);
        // Also reads like the FAQ topic "working during the procedure", but here it picks the option "work".
        var afterGoal = (await chat.SendAsync("in meinem Beruf arbeiten")).Asks(SlotIds.ContactChannel);
        Assert.Null(afterGoal.Hint("faqTopic"));

        // With a question mark it is a question: answered, and the same question comes again.
        var answered = (await chat.SendAsync("Darf ich während des Verfahrens in meinem Beruf arbeiten?")).Asks(SlotIds.ContactChannel);
        Assert.Equal("work-during-procedure", answered.Hint("faqTopic"));

        (await chat.SendAsync("email")).Asks(SlotIds.ContactDetails);
        (await chat.SendAsync("maria.santos@example.com")).Asks(SlotIds.ContactConsent);
        (await chat.SendAsync("ja")).Asks(SlotIds.Review);
        var reference = (await chat.SendAsync("confirm")).Hint("caseReference");
        var stored = await harness.Cases.GetAsync(reference!, TestContext.Current.CancellationToken);
        Assert.Equal(["certificates", "translations"], stored!.Answers.Documents);
        Assert.Equal("work", stored.Answers.Goal);
    }
}
