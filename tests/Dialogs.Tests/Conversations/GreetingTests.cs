using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Tests.Infrastructure;
using IqChatGuide.Guidance.Languages;

namespace IqChatGuide.Dialogs.Tests.Conversations;

public class GreetingTests
{
    [Fact]
    public async Task The_language_menu_shows_every_language_in_its_own_name()
    {
        var harness = new GuideHarness();
        var menu = (await harness.Start().JoinAsync()).Asks(SlotIds.Language);
        Assert.Equal(SupportedLanguages.All, menu.ButtonValues);
        Assert.Equal(menu.ButtonTitles.Count, menu.ButtonTitles.Distinct().Count());
        foreach (var (title, code) in menu.ButtonTitles.Zip(menu.ButtonValues))
            Assert.True(title != code, $"The language {code} has no name of its own.");
        Assert.Contains("Türkçe", menu.ButtonTitles);
        Assert.Contains("Українська", menu.ButtonTitles);
    }

    [Fact]
    public async Task Withdrawing_the_consent_with_back_forgets_the_answers_given_so_far()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.QualificationType, Answers.Nurse());
        (await chat.SendAsync("back")).Asks(SlotIds.QualificationName);
        (await chat.SendAsync("back")).Asks(SlotIds.Consent);
        (await chat.SendAsync("no")).Says("not take any notes");
        (await chat.SendAsync("hello")).Asks(SlotIds.Consent);
        (await chat.SendAsync("yes")).Asks(SlotIds.QualificationName);
        var replies = Answers.Nurse();
        replies["qualification.name"] = "Midwife";
        var review = await chat.AnswerUntilAsync(chat.Turns[^1], SlotIds.Review, replies);
        review.Says("Midwife").DoesNotSay("Nurse");
    }

    [Fact]
    public async Task A_sentence_instead_of_a_pick_chooses_its_language()
    {
        var harness = new GuideHarness();
        var chat = harness.Start();
        (await chat.JoinAsync()).Asks(SlotIds.Language);
        (await chat.SendAsync("Hallo, ich möchte meinen Abschluss anerkennen lassen")).Asks(SlotIds.Consent).Says("Darf ich");
    }

    [Fact]
    public async Task Saying_no_to_the_consent_takes_no_notes_but_questions_are_still_answered()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "en");
        (await chat.JoinAsync()).Asks(SlotIds.Consent);
        var declined = await chat.SendAsync("no");
        Assert.Null(declined.Slot);
        declined.Says("not take any notes");
        // The question is answered and the interview offered again: consent first, nothing personal asked.
        var answer = (await chat.SendAsync("How much does the recognition cost?")).Asks(SlotIds.Consent);
        Assert.NotNull(answer.Hint("faqTopic"));
        Assert.Equal(0, harness.Cases.Count);
    }

    [Fact]
    public async Task A_consent_not_understood_three_times_takes_no_notes_instead_of_asking_forever()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "en");
        (await chat.JoinAsync()).Asks(SlotIds.Consent);
        (await chat.SendAsync("hmm")).Asks(SlotIds.Consent);
        (await chat.SendAsync("what")).Asks(SlotIds.Consent);
        var third = await chat.SendAsync("blub");
        Assert.Null(third.Slot);
        third.Says("not take any notes");
        Assert.Equal(0, harness.Cases.Count);
    }
}
