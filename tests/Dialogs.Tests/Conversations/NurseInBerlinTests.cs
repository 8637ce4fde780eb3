using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Tests.Infrastructure;

namespace IqChatGuide.Dialogs.Tests.Conversations;

public class NurseInBerlinTests
{
    /// <param name="restartEveryTurn">true: state goes through JSON and the bot is built anew between every turn (a process restart).</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_nurse_in_Berlin_goes_from_the_language_menu_to_a_case_for_the_Berlin_office(bool restartEveryTurn)
    {
        var harness = new GuideHarness(restartEveryTurn);
        var chat = harness.Start();

        var greeting = (await chat.JoinAsync()).Asks(SlotIds.Language);
        Assert.Equal(["de", "en", "ar", "fa", "fr", "pl", "ro", "ru", "sr", "es", "tr", "uk"], greeting.ButtonValues);
        Assert.Contains("Deutsch", greeting.ButtonTitles);
        Assert.Contains("English", greeting.ButtonTitles);

        var consent = (await chat.SendAsync("en")).Asks(SlotIds.Consent);
        Assert.Equal(["yes", "no"], consent.ButtonValues);
        (await chat.SendAsync("yes")).Asks(SlotIds.QualificationName);
        var type = (await chat.SendAsync("Nurse")).Asks(SlotIds.QualificationType);
        Assert.Equal(["vocational", "academic", "master", "other"], type.ButtonValues);
        (await chat.SendAsync("vocational")).Asks(SlotIds.QualificationDuration);
        (await chat.SendAsync("three years")).Asks(SlotIds.QualificationCountry);
        (await chat.SendAsync("Philippines")).Asks(SlotIds.QualificationYear);
        (await chat.SendAsync("since 2016")).Asks(SlotIds.QualificationExperience);
        (await chat.SendAsync("5 years")).Asks(SlotIds.QualificationDocuments);
        (await chat.SendAsync("1, 2")).Asks(SlotIds.InGermany);
        (await chat.SendAsync("yes")).Asks(SlotIds.PostalCode);
        var status = (await chat.SendAsync("10115")).Asks(SlotIds.ResidenceStatus);
        Assert.Contains("skip", status.ButtonValues);
        var level = (await chat.SendAsync("work-visa")).Asks(SlotIds.GermanLevel);
        Assert.Contains("B1", level.ButtonValues);
        (await chat.SendAsync("B1")).Asks(SlotIds.Goal);
        (await chat.SendAsync("work")).Asks(SlotIds.ContactChannel);
        (await chat.SendAsync("email")).Asks(SlotIds.ContactDetails);
        (await chat.SendAsync("my mail is maria.santos@example.com")).Asks(SlotIds.ContactConsent);
        var review = (await chat.SendAsync("yes")).Asks(SlotIds.Review);
        review.Says("Nurse").Says("Philippines").Says("2016").Says("10115").Says("maria.santos@example.com").Says("B1");
        Assert.Equal(["confirm", "change"], review.ButtonValues);

        var handoff = await chat.SendAsync("confirm");
        var reference = handoff.Hint("caseReference");
        Assert.NotNull(reference);
        Assert.Equal("be-counselling", handoff.Hint("office"));
        var office = harness.Router.FindOffice("be-counselling")!;
        handoff.Says(office.Name).Says(reference!);
        var handoffEvent = handoff.Event("handoff.initiate");
        Assert.NotNull(handoffEvent);
        Assert.Equal(reference, (string?)Turn.Data(handoffEvent!)!["caseReference"]);

        var stored = await harness.Cases.GetAsync(reference!, TestContext.Current.CancellationToken);
        Assert.NotNull(stored);
        Assert.Equal("be-counselling", stored!.OfficeId);
        Assert.Equal("en", stored.Language);
        var a = stored.Answers;
        Assert.Equal("Nurse", a.QualificationName);
        Assert.Equal("vocational", a.QualificationType);
        Assert.Equal(3, a.DurationYears);
        Assert.Equal("PH", a.QualificationCountry);
        Assert.Equal(2016, a.QualificationYear);
        Assert.Equal(5, a.ExperienceYears);
        Assert.Equal(["certificates", "subjects"], a.Documents);
        Assert.True(a.InGermany);
        Assert.Equal("10115", a.PostalCode);
        Assert.Equal("DE-BE", a.StateCode);
        Assert.Equal("work-visa", a.ResidenceStatus);
        Assert.Equal("B1", a.GermanLevel);
        Assert.Equal("work", a.Goal);
        Assert.Equal("email", a.ContactChannel);
        Assert.Equal("maria.santos@example.com", a.ContactDetails);
        Assert.True(a.ContactConsent);
        if (restartEveryTurn) Assert.DoesNotContain("$type", harness.StoredJson);
    }

    [Fact]
    public async Task A_German_newcomer_typing_free_text_reaches_a_case_in_under_20_messages()
    {
        var harness = new GuideHarness();
        var chat = harness.Start();
        (await chat.JoinAsync()).Asks(SlotIds.Language);
        string[] typed =
        [
            "Deutsch", "ja", "Krankenschwester", "Ausbildung", "drei Jahre", "Syrien", "seit 2015", "5 Jahre",
            "Zeugnisse", "ja", "10115", "Aufenthaltserlaubnis zur Arbeit", "B1", "arbeiten", "E-Mail",
            "amal@example.org", "ja",
        ];
        Turn last = default!;
        foreach (var text in typed) last = await chat.SendAsync(text);
        last.Asks(SlotIds.Review);
        var handoff = await chat.SendAsync("Ja, stimmt");

        Assert.NotNull(handoff.Hint("caseReference"));
        Assert.Equal("be-counselling", handoff.Hint("office"));
        Assert.True(chat.MessagesSent < 20, $"The person needed {chat.MessagesSent} messages.");
    }
}
