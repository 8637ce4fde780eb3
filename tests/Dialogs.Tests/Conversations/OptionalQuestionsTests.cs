using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Tests.Infrastructure;

namespace IqChatGuide.Dialogs.Tests.Conversations;

public class OptionalQuestionsTests
{
    [Fact]
    public async Task A_person_who_skips_the_optional_questions_and_gives_no_contact_still_gets_a_case()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "de");
        var replies = Answers.Nurse();
        replies["qualification.name"] = "Krankenschwester";
        replies["qualification.year"] = "weiß ich nicht";
        replies["qualification.duration"] = "keine Ahnung";
        replies["residence.status"] = "skip";
        replies["german.level"] = "keine Ahnung";
        replies["contact.channel"] = "none";

        var review = await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.Review, replies);
        // No contact channel: neither details nor contact consent were asked.
        Assert.DoesNotContain(chat.Turns, t => t.Slot is SlotIds.ContactDetails or SlotIds.ContactConsent);
        review.Says("Weiß ich nicht").Says("Frage überspringen");

        var handoff = await chat.SendAsync("confirm");
        var stored = (await harness.Cases.GetAsync(handoff.Hint("caseReference")!, TestContext.Current.CancellationToken))!;
        Assert.Equal("skip", stored.Answers.ResidenceStatus);
        Assert.True(stored.Answers.YearUnknown);
        Assert.Null(stored.Answers.QualificationYear);
        Assert.True(stored.Answers.DurationUnknown);
        Assert.Equal("unknown", stored.Answers.GermanLevel);
        Assert.Equal("none", stored.Answers.ContactChannel);
        Assert.Null(stored.Answers.ContactDetails);
        Assert.Null(stored.Answers.ContactConsent);
    }

    [Fact]
    public async Task Declining_the_contact_consent_removes_the_contact_details()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "en");
        var replies = Answers.Nurse();
        replies["contact.consent"] = "no";
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.Review, replies);
        var handoff = await chat.SendAsync("confirm");
        handoff.DoesNotSay("maria.santos@example.com");
        var stored = (await harness.Cases.GetAsync(handoff.Hint("caseReference")!, TestContext.Current.CancellationToken))!;
        Assert.Null(stored.Answers.ContactDetails);
        Assert.False(stored.Answers.ContactConsent);
    }

    [Fact]
    public async Task A_question_not_understood_three_times_is_left_open_for_the_counsellor_and_the_interview_moves_on()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.QualificationYear, Answers.Nurse());
        (await chat.SendAsync("long ago")).Asks(SlotIds.QualificationYear).Says("four digits");
        (await chat.SendAsync("1800")).Asks(SlotIds.QualificationYear);
        (await chat.SendAsync("hmm")).Asks(SlotIds.QualificationExperience).Says("counsellor");

        var review = await chat.AnswerUntilAsync(chat.Turns[^1], SlotIds.Review, Answers.Nurse());
        review.Says("Year finished: open");
        var handoff = await chat.SendAsync("confirm");
        var stored = (await harness.Cases.GetAsync(handoff.Hint("caseReference")!, TestContext.Current.CancellationToken))!;
        Assert.Null(stored.Answers.QualificationYear);
        Assert.Equal(5, stored.Answers.ExperienceYears);
    }
}
