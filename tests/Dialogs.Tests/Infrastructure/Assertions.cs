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
