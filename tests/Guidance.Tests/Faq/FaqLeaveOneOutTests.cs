namespace IqChatGuide.Guidance.Tests.Faq;

/// <summary>
/// The answerer on questions it has not seen: each of the first three question variants of every topic, in every
/// language, is left out of the index and asked. The first variants are the plain ways of asking; a change to the
/// analysis, the ranking or the limits that makes people get wrong or no answers shows here first.
/// </summary>
[Collection(FaqCollection.Name)]
public class FaqLeaveOneOutTests(FaqFixture faq)
{
    [Fact]
    public void Questions_left_out_of_the_index_are_still_answered_right_and_rarely_wrong()
    {
        var cases = faq.Answerer.Index.QuestionDocuments().Where(d => d.Variant < 3 && d.Topic.Length > 0).ToList();
        var perLanguage = cases.GroupBy(c => c.Lang).ToDictionary(g => g.Key, g =>
        {
            var results = g.Select(c => (Case: c, Result: faq.Answerer.Ask(c.Text, c.Lang, c.Doc))).ToList();
            return (Right: results.Count(r => r.Result.Topic == r.Case.Topic),
                Wrong: results.Count(r => r.Result.Topic is not null && r.Result.Topic != r.Case.Topic),
                Total: results.Count);
        });

        var right = perLanguage.Values.Sum(v => v.Right);
        var wrong = perLanguage.Values.Sum(v => v.Wrong);
        var total = perLanguage.Values.Sum(v => v.Total);
        Assert.Equal(12, perLanguage.Count);
        Assert.True(right >= 0.85 * total, $"answered right: {right}/{total}");
        Assert.True(wrong <= 0.07 * total, $"answered wrong with confidence: {wrong}/{total}");
        Assert.All(perLanguage, kv => Assert.True(kv.Value.Right >= 0.80 * kv.Value.Total, $"{kv.Key}: {kv.Value.Right}/{kv.Value.Total}"));
    }

    [Fact]
    public void Questions_that_are_not_ours_left_out_of_the_examples_are_still_declined()
    {
        var cases = faq.Answerer.Index.QuestionDocuments().Where(d => d.Topic.Length == 0).ToList();

        var declined = cases.Count(c => faq.Answerer.Ask(c.Text, c.Lang, c.Doc) is { Topic: null, Suggestions.Count: 0 });

        Assert.True(declined >= MinDeclinedShare * cases.Count, $"declined: {declined}/{cases.Count}");
    }

    // Each example is asked with itself left out, so only the other examples and the FAQ's own texts decide.
    private const double MinDeclinedShare = 0.79;
}
