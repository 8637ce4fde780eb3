using IqChatGuide.Guidance.Faq;

namespace IqChatGuide.Guidance.Tests.Faq;

/// <summary>What operators see: counts per topic and language, question texts only with consent.</summary>
public class FaqInsightsTests
{
    private static readonly FaqResult Unanswered = new("de", null, 0.1, null, []);
    private static readonly FaqResult Unsure = new("en", null, 0.3, null, [new FaqSuggestion("costs", "Costs", 0.3), new FaqSuggestion("funding", "Funding", 0.25)]);
    private static readonly FaqResult Answered = new("en", "costs", 0.8, "…", []);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unanswered_and_unsure_questions_are_counted_per_language_and_topic()
    {
        var insights = new FaqInsights();
        await insights.RecordAsync(Unanswered, "Wie wird das Wetter?", consented: false, Ct);
        await insights.RecordAsync(Unanswered, "Steuern?", consented: false, Ct);
        await insights.RecordAsync(Unsure, "money", consented: false, Ct);
        await insights.RecordAsync(Answered, "how much", consented: false, Ct);

        var rows = (await insights.SnapshotAsync(Ct)).Rows;
        var none = Assert.Single(rows, r => r.Lang == "de" && r.Topic is null);
        Assert.Equal(2, none.Unanswered);
        var costs = Assert.Single(rows, r => r.Lang == "en" && r.Topic == "costs");
        Assert.Equal(1, costs.LowConfidence);
        Assert.Equal(1, costs.Answered);
    }

    [Fact]
    public async Task Question_texts_are_kept_only_when_the_person_consented()
    {
        var insights = new FaqInsights();
        await insights.RecordAsync(Unanswered, "Ich heiße Ana und wohne in Köln", consented: false, Ct);
        await insights.RecordAsync(Unsure, "money money", consented: true, Ct);
        await insights.RecordAsync(Answered, "how much does it cost", consented: true, Ct);

        var kept = Assert.Single((await insights.SnapshotAsync(Ct)).KeptQuestions);
        Assert.Equal("money money", kept.Text);
        Assert.DoesNotContain((await insights.SnapshotAsync(Ct)).KeptQuestions, q => q.Text.Contains("Ana"));
    }

    [Fact]
    public async Task Kept_texts_expire_after_the_retention_period()
    {
        var clock = new ManualClock();
        var insights = new FaqInsights(clock);
        await insights.RecordAsync(Unanswered, "something odd", consented: true, Ct);
        clock.Now += FaqInsights.Retention + TimeSpan.FromMinutes(1);

        Assert.Empty((await insights.SnapshotAsync(Ct)).KeptQuestions);
        Assert.Equal(1, Assert.Single((await insights.SnapshotAsync(Ct)).Rows).Unanswered);
    }

    [Fact]
    public async Task Helpful_feedback_is_counted_without_any_text()
    {
        var insights = new FaqInsights();
        await insights.RecordFeedbackAsync("costs", "tr", helpful: true, Ct);
        await insights.RecordFeedbackAsync("costs", "tr", helpful: false, Ct);
        await insights.RecordFeedbackAsync("costs", "tr", helpful: true, Ct);

        var row = Assert.Single((await insights.SnapshotAsync(Ct)).Rows);
        Assert.Equal((2, 1), (row.Helpful, row.NotHelpful));
        Assert.Empty((await insights.SnapshotAsync(Ct)).KeptQuestions);
    }

    [Fact]
    public void An_outcome_is_counted_for_the_answer_else_the_first_suggestion_and_keeps_a_shortened_text_only_when_unsure_and_consented()
    {
        Assert.Equal(new FaqOutcome("en", "costs", FaqOutcomeKind.Answered, null), FaqOutcome.Of(Answered, "how much", consented: true));
        Assert.Equal(new FaqOutcome("en", "costs", FaqOutcomeKind.LowConfidence, "money"), FaqOutcome.Of(Unsure, "  money ", consented: true));
        Assert.Equal(new FaqOutcome("de", null, FaqOutcomeKind.Unanswered, null), FaqOutcome.Of(Unanswered, "Steuern?", consented: false));
        Assert.Null(FaqOutcome.Of(Unanswered, "   ", consented: true).KeptText);
        Assert.Equal(FaqOutcome.MaxKeptLength, FaqOutcome.Of(Unanswered, new string('x', 1000), consented: true).KeptText!.Length);
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
