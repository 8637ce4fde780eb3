using IqChatGuide.Guidance.Faq;
using IqChatGuide.Guidance.Languages;

namespace IqChatGuide.Guidance.Tests.Faq;

/// <summary>The real FAQ index over the real locales/ and data/ content, built once for all FAQ tests.</summary>
public sealed class FaqFixture : IDisposable
{
    public FaqFixture()
    {
        Paths = ContentPaths.NextToBinaries();
        Facts = FactCatalog.Load(Path.Combine(Paths.Data, "facts.json"));
        Content = FaqContent.Load(Paths);
        Answerer = new FaqAnswerer(Content, Facts, new LanguageDetector(Paths));
    }

    public ContentPaths Paths { get; }
    public FactCatalog Facts { get; }
    public FaqContent Content { get; }
    public FaqAnswerer Answerer { get; }

    /// <summary>The 43 topic ids of the domain brief, section 4 (a stable contract).</summary>
    public static readonly string[] TopicIds =
    [
        "what-is-recognition", "who-can-apply", "apply-from-abroad", "legal-basis", "residence-permit", "need-recognition",
        "regulated-professions", "non-regulated-professions", "why-recognition", "where-to-apply", "process-steps", "documents",
        "certified-copies", "translations", "lost-documents", "duration", "costs", "funding", "outcomes", "work-experience",
        "compensation-measure", "partial-recognition", "work-during-procedure", "recognition-expiry", "doctors", "nurses",
        "teachers", "engineers", "lawyers", "crafts-master", "academic-degree", "eu-qualifications", "residence-16d",
        "recognition-partnership", "accelerated-procedure", "experience-route", "opportunity-card", "blue-card",
        "western-balkans", "language-requirements", "free-counselling", "labour-rights", "data-protection",
    ];

    public void Dispose() { }
}

[CollectionDefinition(Name)]
public sealed class FaqCollection : ICollectionFixture<FaqFixture>
{
    public const string Name = "faq";
}
