using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Tests.Infrastructure;

namespace IqChatGuide.Dialogs.Tests.Conversations;

public class ReviewTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_answers_changed_at_the_review_are_asked_again_and_the_review_comes_back_with_them(bool restartEveryTurn)
    {
        var harness = new GuideHarness(restartEveryTurn);
        var chat = harness.Start(locale: "en");
        (await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.Review, Answers.Nurse())).Says("German level: B1");

        var which = (await chat.SendAsync("change")).Asks(SlotIds.ReviewChange);
        Assert.Contains(SlotIds.GermanLevel, which.ButtonValues);
        Assert.Contains(SlotIds.Goal, which.ButtonValues);
        Assert.DoesNotContain(SlotIds.Consent, which.ButtonValues);
        Assert.Contains("German level", which.ButtonTitles);

        (await chat.SendAsync(SlotIds.GermanLevel)).Asks(SlotIds.GermanLevel);
        (await chat.SendAsync("C1")).Asks(SlotIds.Review).Says("German level: C1").Says("Goal: Work in my profession");

        (await chat.SendAsync("change")).Asks(SlotIds.ReviewChange);
        (await chat.SendAsync("Goal")).Asks(SlotIds.Goal);
        var review = (await chat.SendAsync("study")).Asks(SlotIds.Review);
        review.Says("German level: C1").Says("Goal: Study").Says("Nurse");

        var handoff = await chat.SendAsync("confirm");
        var stored = (await harness.Cases.GetAsync(handoff.Hint("caseReference")!, TestContext.Current.CancellationToken))!;
        Assert.Equal("C1", stored.Answers.GermanLevel);
        Assert.Equal("study", stored.Answers.Goal);
        Assert.Equal("Nurse", stored.Answers.QualificationName);
    }

    [Fact]
    public async Task Changing_the_residence_at_the_review_asks_the_questions_that_depend_on_it()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.Review, Answers.Nurse());
        (await chat.SendAsync("change")).Asks(SlotIds.ReviewChange);
        (await chat.SendAsync(SlotIds.InGermany)).Asks(SlotIds.InGermany);
        (await chat.SendAsync("no")).Asks(SlotIds.ResidenceCountry);
        var review = (await chat.SendAsync("Turkey")).Asks(SlotIds.Review);
        review.DoesNotSay("10115").Says("Country of residence");

        var handoff = await chat.SendAsync("confirm");
        var stored = (await harness.Cases.GetAsync(handoff.Hint("caseReference")!, TestContext.Current.CancellationToken))!;
        Assert.Equal("TR", stored.Answers.ResidenceCountry);
        Assert.Null(stored.Answers.PostalCode);
        Assert.Null(stored.Answers.ResidenceStatus);
        Assert.Equal(harness.Router.RouteAbroad("TR").Office!.Id, stored.OfficeId);
    }

    [Fact]
    public async Task Changing_the_language_at_the_review_shows_the_review_again_in_the_new_language()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.Review, Answers.Nurse());
        (await chat.SendAsync("language")).Asks(SlotIds.Language);
        var review = (await chat.SendAsync("de")).Asks(SlotIds.Review);
        review.Says("Bitte prüfen Sie Ihre Antworten").Says("Deutschniveau: B1");
        Assert.Equal(["Ja, absenden", "Eine Antwort ändern"], review.ButtonTitles);
    }

    [Fact]
    public async Task A_question_while_changing_an_answer_is_answered_and_the_same_question_comes_again()
    {
        var harness = new GuideHarness();
        const string question = "How much does the recognition cost?";
        Assert.True(harness.Faq.Ask(question, "en").IsConfident);
        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.Review, Answers.Nurse());
        (await chat.SendAsync("change")).Asks(SlotIds.ReviewChange);
        (await chat.SendAsync(SlotIds.GermanLevel)).Asks(SlotIds.GermanLevel);
        var answered = (await chat.SendAsync(question)).Asks(SlotIds.GermanLevel);
        Assert.NotNull(answered.Hint("faqTopic"));
        (await chat.SendAsync("help")).Asks(SlotIds.GermanLevel);
        (await chat.SendAsync("B2")).Asks(SlotIds.Review).Says("German level: B2");
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("fa")]
    public async Task In_right_to_left_languages_latin_answers_in_the_review_are_isolated(string lang)
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: lang);
        var review = await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.Review, Answers.Nurse());
        review.Says("\u2068maria.santos@example.com\u2069").Says("\u206810115");
    }
}
