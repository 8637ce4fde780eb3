using IqChatGuide.Dialogs.Interview.Slots;
using IqChatGuide.Dialogs.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Dialogs.Tests.Bots;

public class GuideBotTests
{
    [Fact]
    public async Task The_bot_joining_the_conversation_says_nothing_and_the_person_joining_is_greeted_once()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "en");

        var botJoins = chat.Adapter.MakeActivity();
        botJoins.Type = ActivityTypes.ConversationUpdate;
        botJoins.Text = null;
        botJoins.MembersAdded = [botJoins.Recipient];
        var silent = await chat.ProcessAsync(botJoins);
        Assert.Empty(silent.Replies);

        (await chat.JoinAsync()).Asks(SlotIds.Consent).Says("Hello");
        // A second greeting event (Web Chat sends one on reconnect) does not start over or repeat the welcome.
        (await chat.JoinAsync()).DoesNotSay("Hello");
        (await chat.SendAsync("yes")).Asks(SlotIds.QualificationName);
    }

    [Fact]
    public async Task An_event_before_any_message_starts_the_conversation_with_the_greeting()
    {
        var harness = new GuideHarness();
        var chat = harness.Start(locale: "de");
        var join = chat.Adapter.MakeActivity();
        join.Type = ActivityTypes.Event;
        join.Name = "webchat/join";
        join.Text = null;
        join.Locale = "de";
        (await chat.ProcessAsync(join)).Asks(SlotIds.Consent).Says("Hallo");
    }
}
