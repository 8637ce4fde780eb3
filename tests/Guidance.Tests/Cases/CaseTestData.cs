using IqChatGuide.Guidance.Assessment;
using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Localization;
using IqChatGuide.Guidance.Tests.Assessment;
using IqChatGuide.Guidance.Tests.Routing;

namespace IqChatGuide.Guidance.Tests.Cases;

internal static class CaseTestData
{
    public static readonly Lazy<JsonStringLocalizerFactory> Localizers = new(() => new JsonStringLocalizerFactory(RoutingData.Paths));

    public static CaseSummaryBuilder Builder => new(Localizers.Value, RoutingData.Offices.Value);

    public static GuidanceCaseFactory Factory(TimeProvider? time = null) =>
        new(RoutingData.Offices.Value, RoutingData.Router, new ProfessionAssessor(ProfessionAssessorTests.Catalog.Value), time ?? TimeProvider.System);

    /// <summary>A nurse from Syria living in Berlin who answered everything and agreed to be contacted.</summary>
    public static CaseAnswers NurseInBerlin() => new()
    {
        Consent = true,
        QualificationName = "Krankenschwester",
        QualificationType = "vocational",
        DurationYears = 3,
        QualificationCountry = "SY",
        QualificationYear = 2015,
        ExperienceYears = 6,
        Documents = ["certificates", "experience"],
        InGermany = true,
        PostalCode = "10115",
        Town = "Berlin",
        StateCode = "DE-BE",
        ResidenceStatus = "asylum",
        GermanLevel = "B1",
        Goal = "work",
        ContactChannel = "email",
        ContactDetails = "amal.example@example.org",
        ContactConsent = true,
        Note = "Ich arbeite zurzeit als Pflegehelferin.",
        QuestionsAsked = ["costs", "duration"],
    };
}
