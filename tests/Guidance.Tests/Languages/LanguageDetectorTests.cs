using IqChatGuide.Guidance.Languages;

namespace IqChatGuide.Guidance.Tests.Languages;

/// <summary>Detection from real locales/&lt;lang&gt;/language.json files, on phrases written for these tests.</summary>
public sealed class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = new(ContentPaths.NextToBinaries());

    [Theory]
    [InlineData("لدي شهادة في التمريض من سوريا، كيف أبدأ؟", "ar")]
    [InlineData("أريد أن أعمل كمهندس في ألمانيا", "ar")]
    [InlineData("من در ایران پرستار بودم، چطور مدرکم را تأیید کنم؟", "fa")]
    [InlineData("برای کار در آلمان چه مدارکی لازم است", "fa")]
    public void Arabic_script(string text, string expected) => Assert.Equal(expected, Detector.Detect(text)?.Language);

    [Theory]
    [InlineData("Я работаю учителем, что мне нужно сделать?", "ru", "ru")]
    [InlineData("Сколько это стоит и где подать заявление?", "ru", "ru")]
    [InlineData("Я інженер з Києва, що мені робити з дипломом?", "uk", "uk")]
    [InlineData("Чи потрібен переклад моїх документів?", "uk", "uk")]
    [InlineData("Завршио сам електротехнику у Нишу, шта треба да урадим?", "sr", "sr-Cyrl")]
    [InlineData("Имам диплому медицинске сестре из Србије", "sr", "sr-Cyrl")]
    public void Cyrillic_script(string text, string expected, string culture)
    {
        var detected = Detector.Detect(text);
        Assert.Equal(expected, detected?.Language);
        Assert.Equal(culture, detected?.Culture);
    }

    [Theory]
    [InlineData("Ich habe in Polen als Elektriker gearbeitet und möchte wissen, was ich jetzt machen muss.", "de")]
    [InlineData("I studied nursing in Ghana, what should I do first?", "en")]
    [InlineData("J'ai un diplôme d'infirmière du Maroc, que dois-je faire ?", "fr")]
    [InlineData("Jestem lekarzem z Krakowa, gdzie mam złożyć wniosek?", "pl")]
    [InlineData("Am terminat facultatea în România și vreau să lucrez ca inginer.", "ro")]
    [InlineData("Soy enfermera de Colombia, ¿qué tengo que hacer?", "es")]
    [InlineData("Türkiye'de öğretmendim, diplomamı nasıl tanıtabilirim?", "tr")]
    [InlineData("Završio sam mašinski fakultet u Beogradu, šta treba da uradim?", "sr")]
    public void Latin_script(string text, string expected)
    {
        var detected = Detector.Detect(text);
        Assert.Equal(expected, detected?.Language);
        Assert.Equal(expected, detected?.Culture);
    }

    [Theory]
    [InlineData("Cat costa traducerea actelor", "ro")]
    [InlineData("Zavrsio sam skolu za medicinsku sestru", "sr")]
    [InlineData("Almanyada muhendis olarak calismak istiyorum", "tr")]
    [InlineData("Czy musze tlumaczyc swiadectwa", "pl")]
    public void Latin_script_typed_without_diacritics(string text, string expected) => Assert.Equal(expected, Detector.Detect(text)?.Language);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("x")]
    [InlineData("12345")]
    [InlineData("qwrtzp vbnm")]
    public void No_guess_without_a_sign(string text) => Assert.Null(Detector.Detect(text));

    [Fact]
    public void A_german_term_inside_an_arabic_question_does_not_make_it_german()
        => Assert.Equal("ar", Detector.Detect("هل أحتاج Anerkennungsbescheid للعمل؟")?.Language);

    [Fact]
    public void Every_language_names_itself_and_has_a_direction()
    {
        foreach (var profile in Detector.Profiles.Where(p => p.Script != "Cyrillic" || p.Code != "sr"))
        {
            Assert.False(string.IsNullOrWhiteSpace(profile.Name));
            Assert.NotEqual(profile.Code, profile.Name);
            Assert.Equal(SupportedLanguages.IsRightToLeft(profile.Code) ? "rtl" : "ltr", profile.Direction);
            Assert.True(profile.Words.Count >= 40, $"{profile.Code} has only {profile.Words.Count} words");
        }
    }
}
