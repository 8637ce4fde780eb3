using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Tests.Infrastructure;

namespace IqChatGuide.Dialogs.Tests.Conversations;

public class ChannelWithoutButtonsTests
{
    [Theory]
    [InlineData("sms")]
    [InlineData("some-new-channel")]
    public async Task Options_come_as_a_numbered_list_and_a_number_picks_the_option(string channelId)
    {
        var harness = new GuideHarness();
        var chat = harness.Start(channelId);

        var menu = (await chat.JoinAsync()).Asks(SlotIds.Language);
        Assert.Empty(menu.ButtonValues);
        Assert.Contains("1. Deutsch", menu.Question!.Text);
        Assert.Contains("2. English", menu.Question!.Text);
        Assert.Contains("12. ", menu.Question!.Text);

        var consent = (await chat.SendAsync("2")).Asks(SlotIds.Consent);
        Assert.Contains("1. Yes\n2. No", consent.Question!.Text);
        (await chat.SendAsync("1")).Asks(SlotIds.QualificationName);
        (await chat.SendAsync("Software developer")).Asks(SlotIds.QualificationType).Says("2. University degree");
        var duration = (await chat.SendAsync("2")).Asks(SlotIds.QualificationDuration);
        // A free-text question: its shortcut is not numbered, so "4" means four years.
        duration.DoesNotSay("1. ");
        (await chat.SendAsync("4")).Asks(SlotIds.QualificationCountry);
        (await chat.SendAsync("India")).Asks(SlotIds.QualificationYear);
        (await chat.SendAsync("2019")).Asks(SlotIds.QualificationExperience);
        (await chat.SendAsync("3")).Asks(SlotIds.QualificationDocuments);
        (await chat.SendAsync("1, 4")).Asks(SlotIds.InGermany);
        (await chat.SendAsync("1")).Asks(SlotIds.PostalCode);
        (await chat.SendAsync("80331")).Asks(SlotIds.ResidenceStatus);
        (await chat.SendAsync("7")).Asks(SlotIds.GermanLevel);
        (await chat.SendAsync("4")).Asks(SlotIds.Goal);
        (await chat.SendAsync("1")).Asks(SlotIds.ContactChannel);
        (await chat.SendAsync("2")).Asks(SlotIds.ContactDetails);
        (await chat.SendAsync("0151 2345 6789")).Asks(SlotIds.ContactConsent);
        var review = (await chat.SendAsync("1")).Asks(SlotIds.Review);
        Assert.Contains("1. Yes, send it", review.Question!.Text);

        var handoff = await chat.SendAsync("1");
        var stored = (await harness.Cases.GetAsync(handoff.Hint("caseReference")!, TestContext.Current.CancellationToken))!;
        Assert.Equal("en", stored.Language);
        Assert.Equal("academic", stored.Answers.QualificationType);
        Assert.Equal(4, stored.Answers.DurationYears);
        Assert.Equal(["certificates", "translations"], stored.Answers.Documents);
        Assert.Equal("skip", stored.Answers.ResidenceStatus);
        Assert.Equal("B1", stored.Answers.GermanLevel); // none, A1, A2, B1: the fourth
        Assert.Equal("work", stored.Answers.Goal);
        Assert.Equal("phone", stored.Answers.ContactChannel);
        Assert.Equal("DE-BY", stored.Answers.StateCode);
    }
}
