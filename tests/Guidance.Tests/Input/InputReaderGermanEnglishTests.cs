using IqChatGuide.Guidance.Input;

namespace IqChatGuide.Guidance.Tests.Input;

public sealed class InputReaderGermanEnglishTests
{
    private static readonly InputReader Reader = new(ContentPaths.NextToBinaries());

    [Theory]
    [InlineData("ja", "de", true)]
    [InlineData("Jo, klar!", "de", true)]
    [InlineData("nein danke", "de", false)]
    [InlineData("Nee", "de", false)]
    [InlineData("keine Ahnung", "de", null)]
    [InlineData("Yes please", "en", true)]
    [InlineData("nope", "en", false)]
    [InlineData("I don't know", "en", null)]
    public void Yes_and_no(string text, string lang, bool? expected) => Assert.Equal(expected, Reader.ReadYesNo(text, lang));

    [Theory]
    [InlineData("seit 2015", "de", 2015)]
    [InlineData("im Jahr 2010 fertig", "de", 2010)]
    [InlineData("finished in 2008", "en", 2008)]
    [InlineData("ab 15", "de", null)]
    public void Years(string text, string lang, int? expected) => Assert.Equal(expected, Reader.ReadYear(text, lang));

    [Theory]
    [InlineData("drei Jahre", "de", 3.0)]
    [InlineData("18 Monate", "de", 1.5)]
    [InlineData("3,5", "de", 3.5)]
    [InlineData("ein halbes Jahr", "de", 0.5)]
    [InlineData("anderthalb Jahre", "de", 1.5)]
    [InlineData("2 Jahre und 6 Monate", "de", 2.5)]
    [InlineData("four years", "en", 4.0)]
    [InlineData("one and a half years", "en", 1.5)]
    [InlineData("six months", "en", 0.5)]
    [InlineData("von 2012 bis 2016", "de", 4.0)]
    public void Durations_in_years(string text, string lang, double expected) => Assert.Equal(expected, Reader.ReadYears(text, lang));

    [Theory]
    [InlineData("zwei", "de", 2)]
    [InlineData("12", "de", 12)]
    [InlineData("dreiundzwanzig", "de", 23)]
    [InlineData("twenty three", "en", 23)]
    [InlineData("seven", "en", 7)]
    public void Numbers(string text, string lang, int expected) => Assert.Equal(expected, Reader.ReadNumber(text, lang));

    [Theory]
    [InlineData("B1", "de", "B1")]
    [InlineData("ich habe b2", "de", "B2")]
    [InlineData("keine", "de", "none")]
    [InlineData("keine Ahnung", "de", "unknown")]
    [InlineData("no idea", "en", "unknown")]
    [InlineData("I am fluent", "en", "C1")]
    public void German_level(string text, string lang, string expected) => Assert.Equal(expected, Reader.ReadGermanLevel(text, lang));

    [Fact]
    public void Email_and_phone()
    {
        Assert.Equal("amira.k@example.org", Reader.ReadEmail("meine Mail: Amira.K@example.org"));
        Assert.Null(Reader.ReadEmail("amira at example"));
        Assert.Equal("+4917612345678", Reader.ReadPhone("+49 176 1234 5678"));
        Assert.Equal("+4930123456", Reader.ReadPhone("0049 30 123456"));
        Assert.Equal("030123456", Reader.ReadPhone("Tel. 030/123456"));
        Assert.Null(Reader.ReadPhone("123"));
    }

    private static readonly ChoiceOption[] Types =
        [new("vocational", "Berufsausbildung"), new("academic", "Studium"), new("master", "Meister"), new("other", "Etwas anderes")];

    [Theory]
    [InlineData("2", "academic")]
    [InlineData("zwei", "academic")]
    [InlineData("Studium", "academic")]
    [InlineData("ich hab eine Lehre gemacht", "vocational")]
    [InlineData("Uni", "academic")]
    [InlineData("vocational", "vocational")]
    [InlineData("meisterbrief", "master")]
    [InlineData("7", null)]
    public void Choices_by_number_value_title_or_synonym(string text, string? expected)
        => Assert.Equal(expected, Reader.MatchChoice(text, "de", Types));

    [Theory]
    [InlineData("Hilfe", "de", GuideCommand.Help)]
    [InlineData("zurück", "de", GuideCommand.Back)]
    [InlineData("von vorne", "de", GuideCommand.Restart)]
    [InlineData("Sprache ändern", "de", GuideCommand.ChangeLanguage)]
    [InlineData("ich möchte mit einem Menschen sprechen", "de", GuideCommand.TalkToPerson)]
    [InlineData("bitte meine Daten löschen", "de", GuideCommand.DeleteData)]
    [InlineData("start over", "en", GuideCommand.Restart)]
    [InlineData("can I talk to a person", "en", GuideCommand.TalkToPerson)]
    public void Commands(string text, string lang, GuideCommand expected) => Assert.Equal(expected, Reader.ReadCommand(text, lang));

    [Theory]
    [InlineData("Ich bin Krankenpfleger", "de")]
    [InlineData("back pain", "en")]
    public void Ordinary_answers_are_not_commands(string text, string lang) => Assert.Null(Reader.ReadCommand(text, lang));
}

public sealed class InputReaderRelativeYearTests
{
    private static readonly InputReader Reader = new(ContentPaths.NextToBinaries());

    [Theory]
    [InlineData("vor drei Jahren", "de", 3)]
    [InlineData("5 years ago", "en", 5)]
    [InlineData("letztes Jahr", "de", 1)]
    [InlineData("last year", "en", 1)]
    [InlineData("пять лет назад", "ru", 5)]
    [InlineData("قبل سنتين", "ar", 2)]
    public void Years_counted_back_from_today(string text, string lang, int yearsBack)
        => Assert.Equal(DateTime.UtcNow.Year - yearsBack, Reader.ReadYear(text, lang));
}

public sealed class InputReaderAmbiguityTests
{
    private static readonly InputReader Reader = new(ContentPaths.NextToBinaries());
    private static readonly ChoiceOption[] YesNo = [new("yes", "Tak"), new("no", "Nie")];

    [Fact]
    public void Not_knowing_is_not_no()
    {
        Assert.Null(Reader.MatchChoice("nie wiem", "pl", YesNo));
        Assert.Equal("unknown", Reader.MatchChoice("nie wiem", "pl", [.. YesNo, new("unknown", "Nie wiem")]));
    }

    [Fact]
    public void A_longer_question_mentioning_help_is_not_the_help_command()
    {
        Assert.Null(Reader.ReadCommand("I need help with the recognition of my nursing diploma from Ghana", "en"));
        Assert.Equal(GuideCommand.Help, Reader.ReadCommand("I need help", "en"));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("in")]
    public void Short_words_are_not_country_codes(string text) => Assert.Null(Reader.ReadCountry(text, "en"));

    [Fact]
    public void Country_codes_typed_as_codes_are_read() => Assert.Equal("SY", Reader.ReadCountry("SY", "en"));
}

public sealed class InputReaderSingleOptionTests
{
    private static readonly InputReader Reader = new(ContentPaths.NextToBinaries());

    [Fact]
    public void With_one_option_a_number_is_not_an_index()
    {
        ChoiceOption[] none = [new("none", "Keine")];
        Assert.Null(Reader.MatchChoice("1", "de", none));
        Assert.Equal("none", Reader.MatchChoice("gar keine", "de", none));
    }
}
