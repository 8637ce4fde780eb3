using IqChatGuide.Guidance.Input;

namespace IqChatGuide.Guidance.Tests.Input;

/// <summary>Free-text answers as people would type them in each of the 12 languages, read with the real locales/ files.</summary>
public sealed class InputReaderAllLanguagesTests
{
    private static readonly InputReader Reader = new(ContentPaths.NextToBinaries());

    [Theory]
    [InlineData("de", "Ja, gerne", "Nein", "weiß ich nicht")]
    [InlineData("en", "Sure", "No thanks", "not sure")]
    [InlineData("fr", "Oui, d'accord", "Non merci", "Je ne sais pas")]
    [InlineData("es", "Sí, claro", "No, gracias", "Ni idea")]
    [InlineData("pl", "Tak, oczywiście", "Nie", "Nie wiem")]
    [InlineData("ro", "Da, sigur", "Nu, mulțumesc", "Nu știu")]
    [InlineData("tr", "Evet tabii", "Hayır", "Bilmiyorum")]
    [InlineData("sr", "Da, naravno", "Ne hvala", "Ne znam")]
    [InlineData("sr", "Да, наравно", "Не", "Не знам")]
    [InlineData("ru", "Да, конечно", "Нет", "Не знаю")]
    [InlineData("uk", "Так, звісно", "Ні", "Не знаю")]
    [InlineData("ar", "نعم، موافق", "لا شكرا", "لا أعرف")]
    [InlineData("fa", "بله، حتما", "نه", "نمی‌دانم")]
    public void Yes_no_and_unknown(string lang, string yes, string no, string unknown)
    {
        Assert.True(Reader.ReadYesNo(yes, lang));
        Assert.False(Reader.ReadYesNo(no, lang));
        Assert.Null(Reader.ReadYesNo(unknown, lang));
        Assert.True(Reader.IsUnknown(unknown, lang));
        Assert.Equal("unknown", Reader.ReadGermanLevel(unknown, lang));
    }

    [Theory]
    [InlineData("de", "vier Jahre", 4.0)]
    [InlineData("en", "two and a half years", 2.5)]
    [InlineData("fr", "trois ans", 3.0)]
    [InlineData("fr", "18 mois", 1.5)]
    [InlineData("es", "cinco años", 5.0)]
    [InlineData("pl", "trzy lata", 3.0)]
    [InlineData("pl", "półtora roku", 1.5)]
    [InlineData("ro", "patru ani", 4.0)]
    [InlineData("tr", "iki buçuk yıl", 2.5)]
    [InlineData("tr", "6 ay", 0.5)]
    [InlineData("sr", "tri godine", 3.0)]
    [InlineData("sr", "три године", 3.0)]
    [InlineData("ru", "пять лет", 5.0)]
    [InlineData("ru", "полтора года", 1.5)]
    [InlineData("uk", "чотири роки", 4.0)]
    [InlineData("uk", "п'ять років", 5.0)]
    [InlineData("ar", "ثلاث سنوات", 3.0)]
    [InlineData("ar", "٤ سنوات", 4.0)]
    [InlineData("fa", "سه سال", 3.0)]
    [InlineData("fa", "۶ ماه", 0.5)]
    public void Durations(string lang, string text, double years) => Assert.Equal(years, Reader.ReadYears(text, lang));

    [Theory]
    [InlineData("de", "seit 2016")]
    [InlineData("ar", "منذ ٢٠١٦")]
    [InlineData("fa", "از سال ۲۰۱۶")]
    [InlineData("ru", "с 2016 года")]
    [InlineData("tr", "2016'dan beri")]
    public void Years_in_any_digits(string lang, string text) => Assert.Equal(2016, Reader.ReadYear(text, lang));

    [Theory]
    [InlineData("fr", "sept", 7)]
    [InlineData("es", "veintitrés", 23)]
    [InlineData("tr", "yirmi üç", 23)]
    [InlineData("pl", "dwadzieścia trzy", 23)]
    [InlineData("ru", "двадцать три", 23)]
    [InlineData("uk", "дев'ять", 9)]
    [InlineData("ro", "opt", 8)]
    [InlineData("sr", "dvanaest", 12)]
    [InlineData("ar", "١٢", 12)]
    [InlineData("ar", "ثلاثة عشر", 13)]
    [InlineData("fa", "۱۲", 12)]
    [InlineData("fa", "هفت", 7)]
    public void Numbers(string lang, string text, int expected) => Assert.Equal(expected, Reader.ReadNumber(text, lang));

    [Theory]
    [InlineData("ru", "В1", "B1")]          // Cyrillic В
    [InlineData("uk", "А2", "A2")]          // Cyrillic А
    [InlineData("sr", "Б2", "B2")]          // Serbian Cyrillic for B2
    [InlineData("ar", "مستوى B1", "B1")]
    [InlineData("tr", "hiç bilmiyorum", "none")]
    [InlineData("pl", "żadnego", "none")]
    [InlineData("fa", "هیچ", "none")]
    [InlineData("es", "ninguno", "none")]
    public void German_level(string lang, string text, string expected) => Assert.Equal(expected, Reader.ReadGermanLevel(text, lang));

    private static readonly ChoiceOption[] Types =
        [new("vocational", "Ausbildung"), new("academic", "Studium"), new("master", "Meister"), new("other", "Anderes")];

    [Theory]
    [InlineData("fr", "j'ai fait une licence", "academic")]
    [InlineData("es", "formación profesional", "vocational")]
    [InlineData("pl", "technikum", "vocational")]
    [InlineData("ro", "facultate", "academic")]
    [InlineData("tr", "üniversite", "academic")]
    [InlineData("sr", "završio sam fakultet", "academic")]
    [InlineData("sr", "факултет", "academic")]
    [InlineData("ru", "высшее образование", "academic")]
    [InlineData("uk", "коледж", "vocational")]
    [InlineData("ar", "جامعة", "academic")]
    [InlineData("ar", "٢", "academic")]
    [InlineData("fa", "دانشگاه", "academic")]
    [InlineData("fa", "۱", "vocational")]
    public void Choices(string lang, string text, string expected) => Assert.Equal(expected, Reader.MatchChoice(text, lang, Types));

    [Theory]
    [InlineData("fr", "je veux parler à un conseiller", GuideCommand.TalkToPerson)]
    [InlineData("es", "cambiar idioma", GuideCommand.ChangeLanguage)]
    [InlineData("pl", "zacznij od nowa", GuideCommand.Restart)]
    [InlineData("ro", "înapoi", GuideCommand.Back)]
    [InlineData("tr", "yardım", GuideCommand.Help)]
    [InlineData("sr", "obriši moje podatke", GuideCommand.DeleteData)]
    [InlineData("sr", "назад", GuideCommand.Back)]
    [InlineData("ru", "удалить мои данные", GuideCommand.DeleteData)]
    [InlineData("uk", "змінити мову", GuideCommand.ChangeLanguage)]
    [InlineData("ar", "أريد التحدث مع شخص", GuideCommand.TalkToPerson)]
    [InlineData("fa", "از اول", GuideCommand.Restart)]
    public void Commands(string lang, string text, GuideCommand expected) => Assert.Equal(expected, Reader.ReadCommand(text, lang));

    [Theory]
    [InlineData("de", "aus Syrien", "SY")]
    [InlineData("ar", "من سوريا", "SY")]
    [InlineData("fa", "ایران", "IR")]
    [InlineData("ru", "из Украины", "UA")]
    [InlineData("uk", "Україна", "UA")]
    [InlineData("tr", "Türkiye", "TR")]
    [InlineData("sr", "Srbija", "RS")]
    [InlineData("sr", "Босна и Херцеговина", "BA")]
    [InlineData("pl", "z Polski", "PL")]
    [InlineData("ro", "Republica Moldova", "MD")]
    [InlineData("es", "Colombia", "CO")]
    [InlineData("fr", "Maroc", "MA")]
    [InlineData("en", "the USA", "US")]
    [InlineData("en", "Narnia", null)]
    public void Countries(string lang, string text, string? code) => Assert.Equal(code, Reader.ReadCountry(text, lang));

    [Theory]
    [InlineData("٠١٧٦ ١٢٣٤ ٥٦٧٨", "017612345678")]
    [InlineData("۰۱۷۶۱۲۳۴۵۶۷۸", "017612345678")]
    public void Phone_numbers_in_eastern_digits(string text, string expected) => Assert.Equal(expected, Reader.ReadPhone(text));
}

public sealed class LanguageChoiceByNameTests
{
    private static readonly InputReader Reader = new(ContentPaths.NextToBinaries());
    private static readonly ChoiceOption[] Menu =
        [.. IqChatGuide.Guidance.Languages.SupportedLanguages.All.Select(code => new ChoiceOption(code, code.ToUpperInvariant()))];

    [Theory]
    [InlineData("de", "auf Arabisch bitte", "ar")]
    [InlineData("en", "Farsi", "fa")]
    [InlineData("ru", "украинский", "uk")]
    [InlineData("tr", "Almanca", "de")]
    [InlineData("ar", "الإنجليزية", "en")]
    [InlineData("sr", "српски", "sr")]
    [InlineData("pl", "po polsku", "pl")]
    [InlineData("ru", "по-русски, пожалуйста", "ru")]
    [InlineData("ar", "بالعربي", "ar")]
    public void A_language_named_in_any_language_is_chosen(string lang, string text, string? expected)
        => Assert.Equal(expected, Reader.MatchChoice(text, lang, Menu));
}
