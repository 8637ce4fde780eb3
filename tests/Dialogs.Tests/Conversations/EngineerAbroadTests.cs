using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Tests.Infrastructure;

namespace IqChatGuide.Dialogs.Tests.Conversations;

public class EngineerAbroadTests
{
    [Fact]
    public async Task An_engineer_living_abroad_talks_German_from_the_locale_and_is_sent_to_the_service_for_people_abroad()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "de-DE");

        // The locale decides the language: no menu, the greeting is German and the first question is the consent.
        var greeting = (await chat.JoinAsync()).Asks(SlotIds.Consent);
        greeting.Says("Hallo").Says("„Sprache“");
        Assert.Equal(["Ja", "Nein"], greeting.ButtonTitles);

        (await chat.SendAsync("ja")).Asks(SlotIds.QualificationName);
        (await chat.SendAsync("Bauingenieur")).Asks(SlotIds.QualificationType);
        (await chat.SendAsync("Studium")).Asks(SlotIds.QualificationDuration);
        (await chat.SendAsync("fünf Jahre")).Asks(SlotIds.QualificationCountry);
        (await chat.SendAsync("Ägypten")).Asks(SlotIds.QualificationYear);
        (await chat.SendAsync("2012")).Asks(SlotIds.QualificationExperience);
        (await chat.SendAsync("acht Jahre")).Asks(SlotIds.QualificationDocuments);
        (await chat.SendAsync("1, 3")).Asks(SlotIds.InGermany);
        (await chat.SendAsync("nein")).Asks(SlotIds.ResidenceCountry);
        // Abroad: no postal code and no residence status.
        (await chat.SendAsync("Ägypten")).Asks(SlotIds.GermanLevel);
        (await chat.SendAsync("A2")).Asks(SlotIds.Goal);
        (await chat.SendAsync("visa")).Asks(SlotIds.ContactChannel);
        (await chat.SendAsync("whatsapp")).Asks(SlotIds.ContactDetails).Says("Telefonnummer");
        (await chat.SendAsync("+20 100 123 4567")).Asks(SlotIds.ContactConsent);
        var review = (await chat.SendAsync("ja")).Asks(SlotIds.Review);
        review.Says("Bauingenieur").Says("Ägypten").Says("Wohnland");

        var handoff = await chat.SendAsync("confirm");
        var zsba = harness.Router.RouteAbroad("EG").Office!;
        Assert.Equal(zsba.Id, handoff.Hint("office"));
        handoff.Says(zsba.Name).Says("Vorgangsnummer");

        var stored = (await harness.Cases.GetAsync(handoff.Hint("caseReference")!, TestContext.Current.CancellationToken))!;
        Assert.Equal(zsba.Id, stored.OfficeId);
        Assert.Equal("de", stored.Language);
        Assert.False(stored.Answers.InGermany);
        Assert.Equal("EG", stored.Answers.ResidenceCountry);
        Assert.Equal("EG", stored.Answers.QualificationCountry);
        Assert.Null(stored.Answers.PostalCode);
        Assert.Null(stored.Answers.ResidenceStatus);
        Assert.Equal("academic", stored.Answers.QualificationType);
        Assert.Equal(5, stored.Answers.DurationYears);
        Assert.Equal(8, stored.Answers.ExperienceYears);
        Assert.Equal(["certificates", "experience"], stored.Answers.Documents);
        Assert.Equal("whatsapp", stored.Answers.ContactChannel);
        Assert.Equal("+201001234567", stored.Answers.ContactDetails);
    }
}
