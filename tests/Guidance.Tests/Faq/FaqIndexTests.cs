using IqChatGuide.Guidance.Faq;

namespace IqChatGuide.Guidance.Tests.Faq;

/// <summary>How the index reads a question against a small FAQ of its own, so each rule shows on its own.</summary>
public class FaqIndexTests
{
    private static FaqIndex Index(params (string Topic, string[] Questions)[] topics)
    {
        var de = topics.ToDictionary(t => t.Topic, t => new FaqEntry(t.Topic, "de", "", "", t.Questions), StringComparer.Ordinal);
        return new FaqIndex(new FaqContent(
            new Dictionary<string, IReadOnlyDictionary<string, FaqEntry>> { ["de"] = de },
            new Dictionary<string, IReadOnlyList<string>> { ["de"] = ["wie wird das Wetter morgen"] }));
    }

    [Fact]
    public void A_compound_is_covered_by_a_topic_that_uses_all_its_parts()
    {
        using var index = Index(
            ("results", ["welche Ergebnisse hat das Verfahren", "Ergebnis der Anerkennung", "wie endet das Verfahren"]),
            ("overview", ["was ist ein Anerkennungsverfahren", "Anerkennungsverfahren kurz erklärt", "wie funktioniert das"]));

        var found = index.Search("Welche Ergebnisse hat mein Anerkennungsverfahren?", "de");

        var results = Assert.Single(found.Topics, t => t.Topic == "results");
        Assert.Equal(1.0, results.Coverage, 2);
        Assert.Equal("results", found.Topics[0].Topic);
    }

    [Fact]
    public void A_topic_with_one_variant_phrased_like_the_question_is_closer_than_one_that_spreads_the_words_over_several()
    {
        using var index = Index(
            ("exam-length", ["wie lange dauert die Kenntnisprüfung", "Termine der Prüfung"]),
            ("spread", ["wie lange dauert das Verfahren", "was ist eine Kenntnisprüfung", "wer darf sich bewerben"]));

        var found = index.Search("Wie lange dauert die Kenntnisprüfung?", "de");

        var close = Assert.Single(found.Topics, t => t.Topic == "exam-length");
        var spread = Assert.Single(found.Topics, t => t.Topic == "spread");
        Assert.Equal(1.0, spread.Coverage, 2); // together its texts use every word ...
        Assert.Equal(1.0, close.Closest, 2);
        Assert.True(spread.Closest < 0.9, $"closest of the spread topic: {spread.Closest}"); // ... but no one text uses them all
        Assert.Equal("exam-length", found.Topics[0].Topic);
    }

    [Fact]
    public void A_word_counts_for_a_topic_only_where_the_topic_uses_it_in_the_language_of_the_question()
    {
        // Russian and Ukrainian share many spellings; the Ukrainian texts of "leave" must not explain a Russian word.
        var ru = new Dictionary<string, FaqEntry>(StringComparer.Ordinal)
        {
            ["leave"] = new("leave", "ru", "", "", ["когда дают отпуск"]),
            ["pay"] = new("pay", "ru", "", "", ["какая будет зарплата"]),
        };
        var uk = new Dictionary<string, FaqEntry>(StringComparer.Ordinal)
        {
            ["leave"] = new("leave", "uk", "", "", ["відпустка і зарплата"]),
            ["pay"] = new("pay", "uk", "", "", ["скільки платять"]),
        };
        using var index = new FaqIndex(new FaqContent(
            new Dictionary<string, IReadOnlyDictionary<string, FaqEntry>> { ["ru"] = ru, ["uk"] = uk },
            new Dictionary<string, IReadOnlyList<string>> { ["ru"] = ["какая завтра погода"] }));

        var found = index.Search("отпуск и зарплата", "ru");

        var leave = Assert.Single(found.Topics, t => t.Topic == "leave");
        Assert.InRange(leave.Coverage, 0.3, 0.7); // "отпуск" only: its "зарплата" is Ukrainian
        Assert.InRange(Assert.Single(found.Topics, t => t.Topic == "pay").Coverage, 0.3, 0.7);
    }
}
