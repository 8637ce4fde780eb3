using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using IqChatGuide.Guidance.Faq;
using IqChatGuide.Guidance.Languages;
using IqChatGuide.Guidance.Routing;

namespace IqChatGuide.Guidance.Tests.Faq;

/// <summary>The FAQ texts in every language: same topics everywhere, short, facts resolvable.</summary>
[Collection(FaqCollection.Name)]
public partial class FaqContentTests(FaqFixture faq)
{
    public static TheoryData<string> Languages()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(ContentPaths.NextToBinaries().Locales).Order(StringComparer.Ordinal))
            if (File.Exists(Path.Combine(dir, "faq.json"))) data.Add(Path.GetFileName(dir));
        return data;
    }

    [Fact]
    public void English_and_German_are_there()
    {
        Assert.Contains("en", faq.Content.ByLanguage.Keys);
        Assert.Contains("de", faq.Content.ByLanguage.Keys);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_language_has_exactly_the_43_topics(string lang)
    {
        var topics = faq.Content.ByLanguage[lang].Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(FaqFixture.TopicIds.Order(StringComparer.Ordinal), topics);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_topic_has_a_title_an_answer_and_question_variants(string lang)
    {
        foreach (var e in faq.Content.ByLanguage[lang].Values)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Title), $"{lang}/{e.Topic}: empty title");
            Assert.False(string.IsNullOrWhiteSpace(e.Answer), $"{lang}/{e.Topic}: empty answer");
            Assert.True(e.Questions.Count >= 6, $"{lang}/{e.Topic}: only {e.Questions.Count} question variants");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_fact_placeholder_exists_in_the_facts_file(string lang)
    {
        foreach (var e in faq.Content.ByLanguage[lang].Values)
            foreach (var id in FactCatalog.PlaceholdersIn(e.Answer + e.Title))
                Assert.True(faq.Facts.Contains(id), $"{lang}/{e.Topic}: unknown fact {id}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Answers_fit_on_a_phone_screen_with_facts_filled_in(string lang)
    {
        foreach (var e in faq.Content.ByLanguage[lang].Values)
        {
            var answer = faq.Answerer.Get(e.Topic, lang)!.Answer!;
            Assert.DoesNotContain("{fact:", answer);
            var words = Words().Matches(answer).Count;
            Assert.True(words <= 100, $"{lang}/{e.Topic}: {words} words");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Answers_keep_the_German_term_in_brackets_somewhere(string lang)
    {
        // Letters from authorities use German terms; most answers quote one in brackets.
        var withTerm = faq.Content.ByLanguage[lang].Values.Count(e => e.Answer.Contains('(') || lang == "de");
        Assert.True(withTerm >= 30, $"{lang}: only {withTerm} answers with a term in brackets");
    }

    [Fact]
    public void The_facts_file_has_every_agreed_id_with_source_and_review_date()
    {
        string[] ids =
        [
            "fee.ihk.min", "fee.ihk.max", "fee.zab.first", "fee.zab.further", "fee.accelerated", "funding.procedure.max",
            "funding.skillsAnalysis.max", "funding.qualification.max", "funding.income.single", "funding.income.joint",
            "funding.deadline", "duration.receipt.months", "duration.decision.months", "duration.average.days",
            "duration.accelerated.months", "bluecard.year", "bluecard.salary", "bluecard.salary.shortage",
            "westernbalkans.quota", "westernbalkans.quota.planned", "hotline.phone", "outcomes.positive.share",
            "outcomes.year", "nurses.share", "regulated.count", "residence16d.months", "residence16d.maxYears",
            "residence16d.sideJobHours", "partnership.since", "opportunitycard.since", "opportunitycard.points",
            "adaptation.maxYears", "experience.years", "experience.window",
        ];
        Assert.Equal(ids.Order(StringComparer.Ordinal), faq.Facts.All.Select(f => f.Id).Order(StringComparer.Ordinal));
        foreach (var f in faq.Facts.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Source), f.Id);
            Assert.True(f.ReviewBy > f.ValidFrom, $"{f.Id}: reviewBy before validFrom");
        }
    }

    [Fact]
    public void Country_state_and_profession_names_are_known_in_every_language()
    {
        var names = faq.Content.SituationNames;

        Assert.All(GermanStates.All, s => Assert.Contains(s.Name, names[""]));
        foreach (var lang in SupportedLanguages.All)
        {
            Assert.True(names.TryGetValue(lang, out var own), $"{lang}: no names");
            Assert.True(own!.Count >= 250, $"{lang}: only {own.Count} country, state and profession names");
        }
        // Exonyms where people write them: "Bavaria", "Бавария", "بافاريا".
        Assert.Contains("Bavaria", names["en"]);
        Assert.Contains("Бавария", names["ru"]);
        Assert.Contains("بافاريا", names["ar"]);
    }

    [Fact]
    public void The_state_names_file_names_real_states_and_a_review_date()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(faq.Paths.Data, "state-names.json")));

        Assert.True(DateOnly.TryParse(doc.RootElement.GetProperty("reviewBy").GetString(), CultureInfo.InvariantCulture, out var reviewBy));
        Assert.True(reviewBy > DateOnly.FromDateTime(DateTime.UtcNow), "state-names.json is past its review date");
        var codes = doc.RootElement.GetProperty("states").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(GermanStates.All.Select(s => s.Code).Order(), codes.Order());
        Assert.All(doc.RootElement.GetProperty("states").EnumerateObject(),
            p => Assert.All(p.Value.EnumerateObject(), l => Assert.Contains(l.Name, SupportedLanguages.All)));
    }

    [Fact]
    public void Out_of_scope_examples_exist_for_all_twelve_languages()
    {
        foreach (var lang in IqChatGuide.Guidance.Languages.SupportedLanguages.All)
            Assert.True(faq.Content.OutOfScope.TryGetValue(lang, out var examples) && examples.Count >= 10, lang);
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-'’.,/§%€]*")]
    private static partial Regex Words();
}
