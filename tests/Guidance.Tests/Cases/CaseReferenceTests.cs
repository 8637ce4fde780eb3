using IqChatGuide.Guidance.Cases;

namespace IqChatGuide.Guidance.Tests.Cases;

public class CaseReferenceTests
{
    [Fact]
    public void New_reference_is_short_and_has_no_look_alike_characters()
    {
        for (var i = 0; i < 1000; i++)
        {
            var reference = CaseReference.New();

            Assert.Matches("^IQ-[2-9A-Z]{4}-[2-9A-Z]{4}$", reference);
            Assert.DoesNotContain(reference[3..], c => c is '0' or 'O' or '1' or 'I' or 'L');
            Assert.True(CaseReference.IsValid(reference), reference);
        }
    }

    [Fact]
    public void References_do_not_repeat()
    {
        // 30^8 ≈ 6.6·10^11 references: among 10,000 the chance of any repeat is below 1 in 10,000.
        var references = Enumerable.Range(0, 10_000).Select(_ => CaseReference.New()).ToList();

        Assert.Equal(references.Count, references.Distinct().Count());
    }

    [Fact]
    public void Every_character_of_the_alphabet_occurs_so_the_space_is_not_smaller_than_it_looks()
    {
        var seen = string.Concat(Enumerable.Range(0, 2000).Select(_ => CaseReference.New()[3..].Replace("-", "")));

        Assert.All(CaseReference.Alphabet, c => Assert.Contains(c, seen));
    }

    [Theory]
    [InlineData("IQ-7K4M-QX9T", true)]
    [InlineData("IQ-7K4M-QX9", false)]
    [InlineData("iq-7k4m-qx9t", false)]
    [InlineData("IQ-7K4M-QX0T", false)]
    [InlineData("IQ-7K4M-QXOT", false)]
    [InlineData("IQ-1K4M-QX9T", false)]
    [InlineData("IQ-LK4M-QX9T", false)]
    [InlineData("XX-7K4M-QX9T", false)]
    [InlineData("IQ7K4MQX9T", false)]
    [InlineData(null, false)]
    public void Validator_accepts_only_the_canonical_form(string? reference, bool valid) =>
        Assert.Equal(valid, CaseReference.IsValid(reference));

    [Theory]
    [InlineData("iq-7k4m-qx9t", "IQ-7K4M-QX9T")]
    [InlineData(" IQ 7K4M QX9T ", "IQ-7K4M-QX9T")]
    [InlineData("7K4MQX9T", "IQ-7K4M-QX9T")]
    [InlineData("IQ-7K4M-QX0T", null)]
    [InlineData("hello", null)]
    public void Typed_reference_is_normalized_but_look_alikes_are_not_corrected(string typed, string? expected) =>
        Assert.Equal(expected, CaseReference.TryNormalize(typed));
}
