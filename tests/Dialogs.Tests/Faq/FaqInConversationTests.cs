using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Tests.Infrastructure;
using IqChatGuide.Guidance.Faq;

namespace IqChatGuide.Dialogs.Tests.Faq;

public class FaqInConversationTests
{
    // Vague questions that touch several topics; the first one the FAQ is unsure about is used.
    private static readonly string[] VagueQuestions =
    [
        "what about the papers and the money?",
        "How long and how much?",
        "what documents and translations do I need and what does it cost?",
        "Do I need it for my visa or my job?",
        "question about the decision?",
        "what do I need?",
    ];

    [Fact]
    public async Task An_unclear_question_offers_the_best_topics_as_buttons_and_a_pick_answers_it_before_the_interview_goes_on()
    {
        var harness = new GuideHarness();
        var (question, expected) = VagueQuestions
            .Select(q => (q, harness.Faq.Ask(q, "en")))
            .FirstOrDefault(x => !x.Item2.IsConfident && x.Item2.Suggestions.Count >= 2);
        Assert.True(question is not null, "None of the vague questions leaves the FAQ unsure.");

        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.QualificationCountry, Answers.Nurse());
        var offer = await chat.SendAsync(question);
        var suggestion = offer.Messages.Single(m => (string?)Turn.Data(m)?["slot"] == SlotIds.FaqSuggestion);
        var values = suggestion.SuggestedActions.Actions.Select(a => (string)a.Value).ToList();
        Assert.Equal(expected.Suggestions.Select(s => "faq:" + s.Topic), values);
        Assert.Equal(SlotIds.QualificationCountry, offer.Slot);

        var picked = expected.Suggestions[1];
        var answer = (await chat.SendAsync("faq:" + picked.Topic)).Asks(SlotIds.QualificationCountry);
        Assert.Equal(picked.Topic, answer.Hint("faqTopic"));
        Assert.Equal(1, (await harness.Insights.SnapshotAsync(TestContext.Current.CancellationToken)).Rows.Sum(r => r.LowConfidence + r.Unanswered));
    }

    [Fact]
    public async Task A_question_that_is_not_ours_gets_an_honest_answer_and_the_way_to_a_counsellor()
    {
        var harness = new GuideHarness();
        const string question = "What will the weather be like in Hamburg tomorrow?";
        var result = harness.Faq.Ask(question, "en");
        Assert.False(result.IsConfident);
        Assert.Empty(result.Suggestions);
        Assert.True(harness.Faq.LooksLikeQuestion(question, "en"));

        var chat = harness.Start(locale: "en");
        await chat.AnswerUntilAsync(await chat.JoinAsync(), SlotIds.GermanLevel, Answers.Nurse());
        var reply = (await chat.SendAsync(question)).Asks(SlotIds.GermanLevel);
        reply.Says("cannot answer").Says("talk to a person");
        Assert.Null(reply.Hint("faqTopic"));
    }
}
