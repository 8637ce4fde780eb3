using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Tests.Infrastructure;
using IqChatGuide.Guidance.Languages;

namespace IqChatGuide.Dialogs.Tests.Conversations;

public class AllLanguagesTests
{
    public static TheoryData<string> Languages => [.. SupportedLanguages.All];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task With_only_the_locale_set_the_guide_greets_and_interviews_in_that_language_up_to_the_case(string lang)
    {
        var harness = new GuideHarness();
        var texts = harness.Localizers.ForCulture(lang);
        var english = harness.Localizers.ForCulture("en");
        var chat = harness.Start(locale: lang);

        var greeting = (await chat.JoinAsync()).Asks(SlotIds.Consent);
        greeting.Says(texts["greeting.welcome"].Value);
        if (lang != "en") greeting.DoesNotSay(english["greeting.welcome"].Value);

        // Buttons send language-independent values, so the same replies work in every language.
        var replies = Answers.Nurse();
        replies["qualification.country"] = "PH";
        replies["contact.channel"] = "none";
        var review = await chat.AnswerUntilAsync(greeting, SlotIds.Review, replies);
        review.Says(texts["interview.qualification.name.label"].Value);

        var handoff = await chat.SendAsync("confirm");
        var stored = (await harness.Cases.GetAsync(handoff.Hint("caseReference")!, TestContext.Current.CancellationToken))!;
        Assert.Equal(lang, stored.Language);
        Assert.Equal("be-counselling", stored.OfficeId);
    }
}
