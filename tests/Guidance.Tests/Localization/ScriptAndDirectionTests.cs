using IqChatGuide.Guidance.Localization;

namespace IqChatGuide.Guidance.Tests.Localization;

public sealed class ScriptAndDirectionTests
{
    [Theory]
    [InlineData("Ljubljana i Njegoš", "Љубљана и Његош")]
    [InlineData("Džep, đak, ćup, čaša, žaba, šuma", "Џеп, ђак, ћуп, чаша, жаба, шума")]
    [InlineData("Vaš broj predmeta je IQ-2026-0042.", "Ваш број предмета је IQ-2026-0042.")]
    [InlineData("Pišite na savetovanje@iq-bw.de ili posetite https://www.anerkennung-in-deutschland.de", "Пишите на savetovanje@iq-bw.de или посетите https://www.anerkennung-in-deutschland.de")]
    [InlineData("Treba vam rešenje (Anerkennungsbescheid) i nivo B1.", "Треба вам решење (Anerkennungsbescheid) и ниво B1.")]
    [InlineData("Kancelarija {office} u mestu {city}", "Канцеларија {office} у месту {city}")]
    [InlineData("Javite se ZAB-u ili IHK FOSA.", "Јавите се ZAB-у или IHK FOSA.")]
    [InlineData("Ja sam IQ Chat Guide.", "Ја сам IQ Chat Guide.")]
    [InlineData("info-linija (Arbeiten und Leben in Deutschland)", "инфо-линија (Arbeiten und Leben in Deutschland)")]
    [InlineData("ZAB (ocena uporedivosti, Zeugnisbewertung)", "ZAB (оцена упоредивости, Zeugnisbewertung)")]
    [InlineData("komora (naziv „Ingenieur”)", "комора (назив „Ingenieur”)")]
    [InlineData("savetovanje „Faire Integration”", "саветовање „Faire Integration”")]
    [InlineData("linija „Rad i život u Nemačkoj”", "линија „Рад и живот у Немачкој”")]
    [InlineData("(diplome iz zemalja van EU)", "(дипломе из земаља ван EU)")]
    [InlineData("na primer „Srbija” ili „Bosna i Hercegovina”", "на пример „Србија” или „Босна и Херцеговина”")]
    public void Serbian_latin_to_cyrillic_keeps_german_terms_addresses_and_codes(string latin, string cyrillic)
        => Assert.Equal(cyrillic, SerbianTransliterator.ToCyrillic(latin));

    [Fact]
    public void Isolates_wrap_each_latin_or_digit_fragment_once()
    {
        var text = Bidi.Isolate("اتصل على +49 30 1815-1111 أو اكتب إلى info@iq.de (Anerkennungsverfahren) رقم IQ-2026-0042.");
        Assert.Contains("\u2068+49 30 1815-1111\u2069", text, StringComparison.Ordinal);
        Assert.Contains("\u2068info@iq.de\u2069", text, StringComparison.Ordinal);
        Assert.Contains("(\u2068Anerkennungsverfahren\u2069)", text, StringComparison.Ordinal);
        Assert.Contains("\u2068IQ-2026-0042\u2069.", text, StringComparison.Ordinal);
        Assert.Equal(text, Bidi.Isolate(text));
    }

    [Fact]
    public void Placeholders_not_filled_yet_stay_intact()
        => Assert.Equal("اتصل على {phone} — الرسوم {fact:fee.ihk.min}", Bidi.Isolate("اتصل على {phone} — الرسوم {fact:fee.ihk.min}"));

    [Fact]
    public void Text_without_latin_fragments_is_unchanged()
        => Assert.Equal("مرحبا بك", Bidi.Isolate("مرحبا بك"));
}
