namespace IqChatGuide.Dialogs.Tests.Infrastructure;

internal static class TurnAssert
{
    /// <summary>The turn ends with the question <paramref name="slot"/>; the message names the whole turn when it fails.</summary>
    public static Turn Asks(this Turn turn, string slot)
    {
        Assert.True(turn.Slot == slot, $"Expected the question '{slot}' but the turn was: {turn}");
        return turn;
    }

    public static Turn Says(this Turn turn, string fragment)
    {
        Assert.True(turn.Text.Contains(fragment, StringComparison.Ordinal), $"Expected '{fragment}' in: {turn.Text}");
        return turn;
    }

    public static Turn DoesNotSay(this Turn turn, string fragment)
    {
        Assert.False(turn.Text.Contains(fragment, StringComparison.Ordinal), $"Did not expect '{fragment}' in: {turn.Text}");
        return turn;
    }
}

/// <summary>Answers the interview from a table of replies per slot, until a given question comes.</summary>
internal static class Script
{
    public static async Task<Turn> AnswerUntilAsync(this ChatSession chat, Turn current, string untilSlot, IReadOnlyDictionary<string, string> replies)
    {
        var guard = 0;
        while (current.Slot != untilSlot)
        {
            Assert.True(++guard < 40, "The interview does not end.");
            Assert.True(current.Slot is not null && replies.ContainsKey(current.Slot), $"No reply scripted for: {current}");
            current = await chat.SendAsync(replies[current.Slot!]);
        }
        return current;
    }
}

/// <summary>Replies that walk the interview with buttons' values, per slot.</summary>
internal static class Answers
{
    public static Dictionary<string, string> Nurse() => new()
    {
        ["language"] = "en",
        ["consent"] = "yes",
        ["qualification.name"] = "Nurse",
        ["qualification.type"] = "vocational",
        ["qualification.duration"] = "3",
        ["qualification.country"] = "Philippines",
        ["qualification.year"] = "2016",
        ["qualification.experience"] = "5",
        ["qualification.documents"] = "certificates",
        ["residence.inGermany"] = "yes",
        ["residence.postalCode"] = "10115",
        ["residence.status"] = "work-visa",
        ["german.level"] = "B1",
        ["goal"] = "work",
        ["contact.channel"] = "email",
        ["contact.details"] = "maria.santos@example.com",
        ["contact.consent"] = "yes",
    };
}
