using IqChatGuide.Guidance.Localization;

namespace IqChatGuide.Guidance.Tests.Localization;

/// <summary>CLDR cardinal categories, checked against the examples CLDR publishes for each language.</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData("en", 1, "one")] [InlineData("en", 0, "other")] [InlineData("en", 2, "other")]
    [InlineData("de", 1, "one")] [InlineData("de", 5, "other")]
    [InlineData("tr", 1, "one")] [InlineData("tr", 3, "other")]
    [InlineData("fa", 0, "one")] [InlineData("fa", 1, "one")] [InlineData("fa", 2, "other")]
    [InlineData("fr", 0, "one")] [InlineData("fr", 1, "one")] [InlineData("fr", 2, "other")] [InlineData("fr", 1000000, "many")]
    [InlineData("es", 1, "one")] [InlineData("es", 0, "other")] [InlineData("es", 2000000, "many")]
    [InlineData("ru", 1, "one")] [InlineData("ru", 21, "one")] [InlineData("ru", 11, "many")] [InlineData("ru", 2, "few")]
    [InlineData("ru", 24, "few")] [InlineData("ru", 12, "many")] [InlineData("ru", 5, "many")] [InlineData("ru", 0, "many")]
    [InlineData("uk", 101, "one")] [InlineData("uk", 113, "many")] [InlineData("uk", 33, "few")]
    [InlineData("pl", 1, "one")] [InlineData("pl", 2, "few")] [InlineData("pl", 22, "few")] [InlineData("pl", 12, "many")]
    [InlineData("pl", 21, "many")] [InlineData("pl", 5, "many")] [InlineData("pl", 0, "many")]
    [InlineData("sr", 1, "one")] [InlineData("sr", 31, "one")] [InlineData("sr", 3, "few")] [InlineData("sr", 13, "other")] [InlineData("sr", 5, "other")]
    [InlineData("ro", 1, "one")] [InlineData("ro", 0, "few")] [InlineData("ro", 2, "few")] [InlineData("ro", 19, "few")]
    [InlineData("ro", 101, "few")] [InlineData("ro", 20, "other")] [InlineData("ro", 100, "other")]
    [InlineData("ar", 0, "zero")] [InlineData("ar", 1, "one")] [InlineData("ar", 2, "two")] [InlineData("ar", 3, "few")]
    [InlineData("ar", 10, "few")] [InlineData("ar", 103, "few")] [InlineData("ar", 11, "many")] [InlineData("ar", 99, "many")]
    [InlineData("ar", 100, "other")] [InlineData("ar", 102, "other")]
    public void Whole_numbers(string language, int n, string category) => Assert.Equal(category, PluralRules.Select(language, n));

    [Theory]
    [InlineData("en", "1.5", "other")]
    [InlineData("ru", "1.5", "other")]
    [InlineData("pl", "1.5", "other")]
    [InlineData("ro", "1.5", "few")]
    [InlineData("fr", "1.5", "one")]
    [InlineData("sr", "0.1", "one")]
    [InlineData("sr", "0.2", "few")]
    public void Fractions(string language, string n, string category)
        => Assert.Equal(category, PluralRules.Select(language, decimal.Parse(n, System.Globalization.CultureInfo.InvariantCulture)));
}
