using IqChatGuide.Bot.Tests.Infrastructure;

namespace IqChatGuide.Bot.Tests.Delivery;

/// <summary>Drives the real interview over POST /api/messages until the bot hands over a case.</summary>
public static class CaseInterview
{
    /// <returns>the case reference the bot announced.</returns>
    public static async Task<string> RunAsync(ConversationClient person, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var question = await person.StartAsync();
        for (var turn = 0; turn < 40; turn++)
        {
            Assert.Null(question.Error);
            var slot = question.Slot ?? throw new InvalidOperationException("The bot asked nothing: " + question.Text);
            var answer = overrides is not null && overrides.TryGetValue(slot, out var own) ? own : NurseInBerlin.AnswerTo(question);
            question = await person.SayAsync(answer);
            if (question.Hint("caseReference") is { } reference) return reference;
        }
        throw new InvalidOperationException("The interview did not end in a case.");
    }

    /// <summary>The same nurse, living in Munich (another office).</summary>
    public static readonly IReadOnlyDictionary<string, string> InMunich = new Dictionary<string, string> { ["residence.postalCode"] = "80331" };
}
