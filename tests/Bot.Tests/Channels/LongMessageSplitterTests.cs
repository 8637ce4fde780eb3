using IqChatGuide.Bot.Channels;

namespace IqChatGuide.Bot.Tests.Channels;

public sealed class LongMessageSplitterTests
{
    private static string Sentence(int i) => $"Satz {i} erklärt, welche Unterlagen die Beratungsstelle braucht.";

    [Fact]
    public void A_text_within_the_limit_stays_whole()
    {
        Assert.Equal(["Kurz."], LongMessageSplitter.Split("Kurz.", 1600));
    }

    [Fact]
    public void Paragraphs_are_kept_together_when_they_fit()
    {
        var first = string.Join(' ', Enumerable.Range(0, 15).Select(Sentence));
        var second = string.Join(' ', Enumerable.Range(15, 15).Select(Sentence));
        var parts = LongMessageSplitter.Split(first + "\n\n" + second, 1600);

        Assert.Equal([first, second], parts);
    }

    [Fact]
    public void A_long_paragraph_breaks_after_a_sentence_and_nothing_is_lost()
    {
        var text = string.Join(' ', Enumerable.Range(0, 80).Select(Sentence));
        var parts = LongMessageSplitter.Split(text, 1600);

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.True(p.Length <= 1600));
        Assert.All(parts.Take(parts.Count - 1), p => Assert.EndsWith(".", p, StringComparison.Ordinal));
        Assert.Equal(text, string.Join(' ', parts));
    }

    [Fact]
    public void Arabic_sentences_break_after_the_arabic_question_mark()
    {
        var text = string.Concat(Enumerable.Repeat("هل شهادتك معترف بها في ألمانيا؟ ", 100)).Trim();
        var parts = LongMessageSplitter.Split(text, 2000);

        Assert.All(parts, p => Assert.True(p.Length <= 2000));
        Assert.All(parts, p => Assert.EndsWith("؟", p, StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_longer_than_the_limit_is_cut_without_breaking_an_emoji()
    {
        var text = new string('a', 1599) + "😀" + new string('b', 100);
        var parts = LongMessageSplitter.Split(text, 1600);

        Assert.All(parts, p => Assert.True(p.Length <= 1600));
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(parts));
    }
}
