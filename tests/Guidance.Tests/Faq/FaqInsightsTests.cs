using IqChatGuide.Guidance.Faq;

namespace IqChatGuide.Guidance.Tests.Faq;

/// <summary>What operators see: counts per topic and language, question texts only with consent.</summary>
public class FaqInsightsTests
{
    private static readonly FaqResult Unanswered = new("de", null, 0.1, null, []);
    private static readonly FaqResult Unsure = new("en", null, 0.3, null, [new FaqSuggestion("costs", "Costs", 0.3), new FaqSuggestion("funding", "Funding", 0.25)]);
    private static readonly FaqResult Answered = new("en", "costs", 0.8, "…", []);

    [Fact]
    public void Unanswered_and_unsure_questions_are_counted_per_language_and_topic()
    {
        var insights = new FaqInsights();
        insights.Record(Unanswered, "Wie wird das Wetter?", consented: false);
        insights.Record(Unanswered, "Steuern?", consented: false);
        insights.Record(Unsure, "money", consented: false);
        insights.Record(Answered, "how much", consented: false);

        var rows = insights.Snapshot().Rows;
        var none = Assert.Single(rows, r => r.Lang == "de" && r.Topic is null);
        Assert.Equal(2, none.Unanswered);
        var costs = Assert.Single(rows, r => r.Lang == "en" && r.Topic == "costs");
        Assert.Equal(1, costs.LowConfidence);
        Assert.Equal(1, costs.Answered);
    }

    [Fact]
    public void Question_texts_are_kept_only_when_the_person_consented()
    {
        var insights = new FaqInsights();
        insights.Record(Unanswered, "Ich heiße Ana und wohne in Köln", consented: false);
        insights.Record(Unsure, "money money", consented: true);
        insights.Record(Answered, "how much does it cost", consented: true);

        var kept = Assert.Single(insights.Snapshot().KeptQuestions);
        Assert.Equal("money money", kept.Text);
        Assert.DoesNotContain(insights.Snapshot().KeptQuestions, q => q.Text.Contains("Ana"));
    }

    [Fact]
    public void Kept_texts_expire_after_the_retention_period()
    {
        var clock = new ManualClock();
        var insights = new FaqInsights(clock);
        insights.Record(Unanswered, "something odd", consented: true);
        clock.Now += FaqInsights.Retention + TimeSpan.FromMinutes(1);

        Assert.Empty(insights.Snapshot().KeptQuestions);
        Assert.Equal(1, Assert.Single(insights.Snapshot().Rows).Unanswered);
    }

    [Fact]
    public void Helpful_feedback_is_counted_without_any_text()
    {
        var insights = new FaqInsights();
        insights.RecordFeedback("costs", "tr", helpful: true);
        insights.RecordFeedback("costs", "tr", helpful: false);
        insights.RecordFeedback("costs", "tr", helpful: true);

        var row = Assert.Single(insights.Snapshot().Rows);
        Assert.Equal((2, 1), (row.Helpful, row.NotHelpful));
        Assert.Empty(insights.Snapshot().KeptQuestions);
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
