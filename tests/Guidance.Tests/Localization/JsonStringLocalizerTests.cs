using IqChatGuide.Guidance.Localization;

namespace IqChatGuide.Guidance.Tests.Localization;

public sealed class JsonStringLocalizerTests : IDisposable
{
    private readonly TempLocales _locales = new(new()
    {
        ["en"] = new()
        {
            ["ui.json"] = new()
            {
                ["greeting"] = "Hello {name}!",
                ["only.english"] = "Only in English",
                ["positional"] = "Postal code {0} is in {1}.",
                ["office"] = "Your office for {postalCode} is {office}.",
                ["documents.one"] = "You have {count} document.",
                ["documents.other"] = "You have {count} documents.",
            },
            ["ui.cases.json"] = new() { ["cases.summary.title"] = "Summary" },
        },
        ["de"] = new()
        {
            ["ui.json"] = new() { ["greeting"] = "Hallo {name}!", ["documents.one"] = "Sie haben {count} Dokument.", ["documents.other"] = "Sie haben {count} Dokumente." },
        },
        ["sr"] = new() { ["ui.json"] = new() { ["greeting"] = "Zdravo {name}! Pošaljite zahtev (Anerkennungsverfahren) na info@iq-netzwerk.de." } },
        ["ru"] = new()
        {
            ["ui.json"] = new()
            {
                ["documents.one"] = "У вас {count} документ.",
                ["documents.few"] = "У вас {count} документа.",
                ["documents.many"] = "У вас {count} документов.",
                ["documents.other"] = "У вас {count} документа.",
            },
        },
        ["ar"] = new() { ["ui.json"] = new() { ["office"] = "مكتبك للرمز البريدي {postalCode} هو {office}." } },
    });

    private JsonStringLocalizerFactory Factory() => new(_locales.Paths);

    [Fact]
    public void Named_placeholders_are_filled_from_tuples()
    {
        var localizer = Factory().ForCulture("de");
        Assert.Equal("Hallo Amira!", localizer["greeting", ("name", "Amira")].Value);
        Assert.Equal("Hallo Amira!", localizer.Format("greeting", ("name", "Amira")));
    }

    [Fact]
    public void A_handed_on_array_of_named_values_is_unpacked()
    {
        (string Name, object? Value)[] values = [("name", "Amira")];
        Assert.Equal("Hallo Amira!", Factory().ForCulture("de")["greeting", values].Value);
    }

    [Fact]
    public void Positional_arguments_fill_numbered_and_then_named_placeholders()
    {
        var localizer = Factory().ForCulture("en");
        Assert.Equal("Postal code 10115 is in Berlin.", localizer["positional", "10115", "Berlin"].Value);
        Assert.Equal("Your office for 10115 is IQ Berlin.", localizer["office", "10115", "IQ Berlin"].Value);
    }

    [Fact]
    public void Keys_of_all_ui_files_share_one_key_space()
        => Assert.Equal("Summary", Factory().ForCulture("en")["cases.summary.title"].Value);

    [Fact]
    public void Missing_text_falls_back_from_region_to_language_to_english()
    {
        var factory = Factory();
        Assert.Equal("Hallo Jo!", factory.ForCulture("de-AT").Format("greeting", ("name", "Jo")));
        var english = factory.ForCulture("de-AT")["only.english"];
        Assert.Equal("Only in English", english.Value);
        Assert.False(english.ResourceNotFound);
        Assert.Equal("Hello Jo!", factory.ForCulture("pt-BR").Format("greeting", ("name", "Jo")));
    }

    [Fact]
    public void Unknown_key_returns_the_key_and_says_so()
    {
        var text = Factory().ForCulture("de")["no.such.key"];
        Assert.True(text.ResourceNotFound);
        Assert.Equal("no.such.key", text.Value);
    }

    [Theory]
    [InlineData("en", 1, "You have 1 document.")]
    [InlineData("en", 3, "You have 3 documents.")]
    [InlineData("ru", 1, "У вас 1 документ.")]
    [InlineData("ru", 3, "У вас 3 документа.")]
    [InlineData("ru", 5, "У вас 5 документов.")]
    [InlineData("ru", 11, "У вас 11 документов.")]
    [InlineData("ru", 22, "У вас 22 документа.")]
    [InlineData("ru", 21, "У вас 21 документ.")]
    public void Count_picks_the_plural_form_of_the_language(string culture, int count, string expected)
        => Assert.Equal(expected, Factory().ForCulture(culture).Format("documents", ("count", count)));

    [Fact]
    public void Cyrillic_serbian_is_transliterated_but_german_terms_and_addresses_stay_latin()
    {
        var text = Factory().ForCulture("sr-Cyrl-RS").Format("greeting", ("name", "Milan"));
        Assert.Equal("Здраво Milan! Пошаљите захтев (Anerkennungsverfahren) на info@iq-netzwerk.de.", text);
        Assert.StartsWith("Zdravo", Factory().ForCulture("sr").Format("greeting", ("name", "Milan")));
    }

    [Fact]
    public void Arabic_texts_isolate_postal_codes_and_latin_names()
    {
        var text = Factory().ForCulture("ar").Format("office", ("postalCode", "10115"), ("office", "IQ Berlin"));
        // Ordinal: culture-aware comparison ignores the invisible isolate characters.
        Assert.Contains("\u206810115\u2069", text, StringComparison.Ordinal);
        Assert.Contains("\u2068IQ Berlin\u2069", text, StringComparison.Ordinal);
        Assert.False(text.Contains("\u2068\u2068", StringComparison.Ordinal));
    }

    public void Dispose() => _locales.Dispose();
}
