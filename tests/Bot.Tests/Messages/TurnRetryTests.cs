using System.Net;
using IqChatGuide.Bot.Tests.Infrastructure;
using IqChatGuide.Guidance.Cases;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace IqChatGuide.Bot.Tests.Messages;

/// <summary>
/// A turn whose state was changed elsewhere while it ran (another instance, a counsellor) runs again on the
/// fresh state. The answer the person gave in that turn must land in the state that is saved.
/// </summary>
public sealed class TurnRetryTests
{
    [Fact]
    public async Task An_answer_given_while_the_conversation_changed_elsewhere_is_kept_and_the_interview_goes_on()
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered yet");
        var interference = new InterferingStorage.Switch();
        await using var host = BotHost.Memory(echo: false);
        await using var app = host.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            var original = services.Last(d => d.ServiceType == typeof(IStorage));
            services.Remove(original);
            services.AddSingleton<IStorage>(sp => new InterferingStorage((IStorage)original.ImplementationFactory!(sp), interference));
        }));
        var person = new ConversationClient(app.CreateClient(), Guid.NewGuid().ToString("N"), "en");

        var question = await person.StartAsync();
        for (var turn = 0; turn < 10 && question.Slot != "qualification.name"; turn++)
            question = await person.SayAsync(NurseInBerlin.AnswerTo(question));
        Assert.Equal("qualification.name", question.Slot);

        interference.Armed = true; // another instance writes this conversation while the answer is being read
        var next = await person.SayAsync("Nurse");
        Assert.False(interference.Armed, "the interfering write did not happen");
        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Null(next.Error);
        Assert.Equal("qualification.type", next.Slot); // the answer counted once, and the interview moved on

        string? reference = null;
        for (var turn = 0; turn < 30 && reference is null; turn++)
        {
            next = await person.SayAsync(NurseInBerlin.AnswerTo(next));
            reference = next.Hint("caseReference");
        }
        Assert.NotNull(reference);
        var stored = await app.Services.GetRequiredService<ICaseStore>().GetAsync(reference!, TestContext.Current.CancellationToken);
        Assert.Equal("Nurse", stored!.Answers.QualificationName);
    }

    /// <summary>Storage that, once armed, lets "another instance" rewrite a conversation just before the bot saves it.</summary>
    private sealed class InterferingStorage(IStorage inner, InterferingStorage.Switch interference) : IStorage
    {
        public sealed class Switch { public volatile bool Armed; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);

        public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            var key = changes.Keys.FirstOrDefault(k => k.Contains("/conversations/", StringComparison.Ordinal));
            if (interference.Armed && key is not null)
            {
                interference.Armed = false;
                var stored = await inner.ReadAsync([key], cancellationToken);
                if (stored.TryGetValue(key, out var current) && current is IDictionary<string, object> state)
                {
                    state["eTag"] = "*";
                    await inner.WriteAsync(new Dictionary<string, object> { [key] = state }, cancellationToken);
                }
            }
            await inner.WriteAsync(changes, cancellationToken);
        }
    }
}
