using IqChatGuide.Guidance.Faq;

namespace IqChatGuide.Guidance.Tests.Faq;

/// <summary>What operators see: counts per topic and language, question texts only with consent.</summary>
public class FaqInsightsTests
{
    private static readonly FaqResult Unanswered = new("de", null, 0.1, null, []);
    private static readonly FaqResult Unsure = new("en", null, 0.3, null, [new FaqSuggestion("costs", "Costs", 0.3), new FaqSuggestion("funding", "Funding", 0.25)]);
    private static readonly FaqResult Answered = new("en", "costs", 0.8, "…", []);

    private static readonly string Owner = FaqOwner.Of("webchat", "conversation-1")!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unanswered_and_unsure_questions_are_counted_per_language_and_topic()
    {
        var insights = new FaqInsights();
        await insights.RecordAsync(Unanswered, "Wie wird das Wetter?", consented: false, owner: null, Ct);
        await insights.RecordAsync(Unanswered, "Steuern?", consented: false, owner: null, Ct);
        await insights.RecordAsync(Unsure, "money", consented: false, owner: null, Ct);
        await insights.RecordAsync(Answered, "how much", consented: false, owner: null, Ct);

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
        await insights.RecordAsync(Unanswered, "Ich heiße Ana und wohne in Köln", consented: false, owner: null, Ct);
        await insights.RecordAsync(Unsure, "money money", consented: true, Owner, Ct);
        await insights.RecordAsync(Answered, "how much does it cost", consented: true, Owner, Ct);

        var kept = Assert.Single((await insights.SnapshotAsync(Ct)).KeptQuestions);
        Assert.Equal("money money", kept.Text);
        Assert.DoesNotContain((await insights.SnapshotAsync(Ct)).KeptQuestions, q => q.Text.Contains("Ana"));
    }

    [Fact]
    public async Task Kept_texts_expire_after_the_retention_period()
    {
        var clock = new ManualClock();
        var insights = new FaqInsights(clock);
        await insights.RecordAsync(Unanswered, "something odd", consented: true, Owner, Ct);
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
        Assert.Equal(new FaqOutcome("en", "costs", FaqOutcomeKind.Answered, null), FaqOutcome.Of(Answered, "how much", consented: true, Owner));
        Assert.Equal(new FaqOutcome("en", "costs", FaqOutcomeKind.LowConfidence, "money", Owner), FaqOutcome.Of(Unsure, "  money ", consented: true, Owner));
        Assert.Equal(new FaqOutcome("de", null, FaqOutcomeKind.Unanswered, null), FaqOutcome.Of(Unanswered, "Steuern?", consented: false, Owner));
        Assert.Null(FaqOutcome.Of(Unanswered, "   ", consented: true, Owner).KeptText);
        Assert.Equal(FaqOutcome.MaxKeptLength, FaqOutcome.Of(Unanswered, new string('x', 1000), consented: true, Owner).KeptText!.Length);
    }

    [Fact]
    public void A_text_without_an_owner_to_forget_it_by_is_not_kept_even_with_consent()
    {
        Assert.Equal(new FaqOutcome("en", "costs", FaqOutcomeKind.LowConfidence, null), FaqOutcome.Of(Unsure, "money", consented: true, owner: null));
        Assert.Null(FaqOutcome.Of(Unanswered, "something odd", consented: true, owner: "").KeptText);
    }

    [Fact]
    public async Task Forgetting_an_owner_removes_only_its_texts_and_keeps_every_count()
    {
        var insights = new FaqInsights();
        var other = FaqOwner.Of("webchat", "conversation-2")!;
        await insights.RecordAsync(Unanswered, "Ich heiße Ana, was nun?", consented: true, Owner, Ct);
        await insights.RecordAsync(Unsure, "money for Olena", consented: true, other, Ct);
        await insights.RecordAsync(Unanswered, "und mein Hund?", consented: true, Owner, Ct);

        await insights.ForgetAsync(Owner, Ct);
        await insights.ForgetAsync(FaqOwner.Of("webchat", "nobody")!, Ct);

        var report = await insights.SnapshotAsync(Ct);
        Assert.Equal(["money for Olena"], report.KeptQuestions.Select(q => q.Text));
        Assert.Equal(2, Assert.Single(report.Rows, r => r.Lang == "de").Unanswered);
        Assert.Equal(1, Assert.Single(report.Rows, r => r.Lang == "en").LowConfidence);
    }

    [Fact]
    public void The_owner_key_is_a_sha256_of_channel_and_conversation_that_shows_neither()
    {
        var key = FaqOwner.Of("webchat", "8f2c-conv")!;
        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.Equal(key, FaqOwner.Of("webchat", "8f2c-conv"));
        Assert.DoesNotContain("8f2c", key);
        Assert.NotEqual(key, FaqOwner.Of("msteams", "8f2c-conv"));
        Assert.NotEqual(key, FaqOwner.Of("webchat", "8f2c-conv2"));
        Assert.NotEqual(FaqOwner.Of("a", "b/c"), FaqOwner.Of("a/b", "c"));
        Assert.Null(FaqOwner.Of(null, "8f2c-conv"));
        Assert.Null(FaqOwner.Of("webchat", ""));
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
