using IqChatGuide.Guidance.Faq;

namespace IqChatGuide.Guidance.Tests.Faq;

/// <summary>The topic model tells which topic a question's words are typical of, even when every topic uses them.</summary>
public class TopicModelTests
{
    // Topic 0 is about whether recognition is needed, topic 1 about doctors; both talk about recognition and work.
    private static readonly (int, string, string[], float)[] Texts =
    [
        (0, "de", ["brauch", "anerkennung"], 1),
        (0, "de", ["brauch", "anerkennung", "arbeit"], 1),
        (0, "de", ["pflicht", "anerkennung"], 1),
        (1, "de", ["arzt", "anerkennung", "arbeit"], 1),
        (1, "de", ["approbation", "arzt"], 1),
        (1, "de", ["arzt", "arbeit", "deutschland"], 1),
    ];

    [Fact]
    public void Words_shared_by_all_topics_still_point_to_the_topic_they_are_typical_of()
    {
        var model = new TopicModel(2, Texts, smoothing: 0.1);

        var p = model.Posterior("de", [["brauch"], ["anerkennung"], ["arbeit"]], [0, 1], temperature: 1);

        Assert.True(p[0] > 0.8, $"need-recognition {p[0]:0.00}");
        Assert.Equal(1, p[0] + p[1], 6);
    }

    [Fact]
    public void A_synonym_counts_like_the_word_and_unknown_words_say_nothing()
    {
        var model = new TopicModel(2, Texts, smoothing: 0.1);

        // "Mediziner" is unknown, its synonym group key "arzt" is known: the word counts as a doctor word.
        var withSynonym = model.Posterior("de", [["medizin", "arzt"], ["xyzzy"]], [0, 1], temperature: 1);
        var unknownOnly = model.Posterior("de", [["xyzzy"]], [0, 1], temperature: 1);

        Assert.True(withSynonym[1] > 0.8, $"doctors {withSynonym[1]:0.00}");
        Assert.Equal(0.5, unknownOnly[0], 6);
        Assert.Equal(0.5, model.Posterior("fr", [["arzt"]], [0, 1], temperature: 1)[0], 6);
    }

    [Fact]
    public void Leaving_a_text_out_removes_its_evidence()
    {
        var model = new TopicModel(2, Texts, smoothing: 0.1);

        // "approbation" appears only in one doctors text; left out, it no longer favours doctors.
        var full = model.Posterior("de", [["approbation"]], [0, 1], temperature: 1);
        var left = model.Posterior("de", [["approbation"]], [0, 1], temperature: 1, leftOut: (1, ["approbation", "arzt"], 1));

        Assert.True(full[1] > 0.8);
        Assert.True(left[1] < 0.6, $"doctors without the text {left[1]:0.00}");
    }
}
