using IqChatGuide.Guidance.Cases;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Bot.Tests.Infrastructure;

/// <summary>
/// A tiny bot for host tests that must not depend on the interview: it counts turns in conversation state and
/// answers "turn N: text". "case" creates a case, "fail" throws after replying.
/// </summary>
public sealed class EchoTestBot(ConversationState conversationState, ICaseStore cases) : ActivityHandler
{
    public sealed class Counter { public int Turns { get; set; } public List<string> Seen { get; set; } = []; }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var accessor = conversationState.CreateProperty<Counter>(nameof(Counter));
        var counter = await accessor.GetAsync(turnContext, () => new Counter(), cancellationToken);
        counter.Turns++;
        var text = turnContext.Activity.Text ?? string.Empty;
        counter.Seen.Add(text);
        await accessor.SetAsync(turnContext, counter, cancellationToken);

        if (text == "fail")
        {
            await turnContext.SendActivityAsync("about to fail", cancellationToken: cancellationToken);
            throw new InvalidOperationException("personal data that must not be logged: Hans Meier, 10115 Berlin");
        }
        if (text.StartsWith("case ", StringComparison.Ordinal))
        {
            var reference = text[5..];
            await cases.CreateAsync(new GuidanceCase
            {
                Reference = reference,
                CreatedAt = DateTimeOffset.UtcNow,
                Language = "en",
                OfficeId = "test-office",
                Answers = new CaseAnswers { Consent = true, QualificationName = "Nurse" },
                ConversationId = turnContext.Activity.Conversation.Id,
            }, cancellationToken);
        }
        var reply = MessageFactory.Text($"turn {counter.Turns}: {text}");
        reply.ChannelData = new Dictionary<string, object> { ["turn"] = counter.Turns };
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
