using System.Net;
using IqChatGuide.Bot.Tests.Infrastructure;
using IqChatGuide.Guidance.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace IqChatGuide.Bot.Tests.Conversations;

/// <summary>The real interview over HTTP, on the deployments it must survive: several instances, a Redis restart.</summary>
public sealed class RealInterviewTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Two_instances_sharing_redis_take_turns_on_one_interview_until_the_case_is_handed_over()
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered yet");
        var server = redis.Require();
        var prefix = redis.NewPrefix();
        await using var a = BotHost.Redis(server.ConnectionString, prefix, echo: false);
        await using var b = BotHost.Redis(server.ConnectionString, prefix, echo: false);
        var viaA = a.Conversation();
        var viaB = viaA.Via(b.CreateClient());

        var question = await viaA.StartAsync();
        var asked = new List<string>();
        string? reference = null;
        for (var turn = 0; turn < 40 && reference is null; turn++)
        {
            Assert.Equal(HttpStatusCode.OK, question.Status);
            Assert.Null(question.Error);
            asked.Add(question.Slot!);
            question = await (turn % 2 == 0 ? viaB : viaA).SayAsync(NurseInBerlin.AnswerTo(question));
            reference = question.Hint("caseReference");
        }

        Assert.NotNull(reference);
        Assert.Equal(asked.Count, asked.Distinct().Count()); // no question asked twice: no turn was lost between instances
        Assert.Contains("residence.postalCode", asked);
        var stored = await a.Services.GetRequiredService<ICaseStore>().GetAsync(reference!, TestContext.Current.CancellationToken);
        Assert.NotNull(stored);
        Assert.Equal("10115", stored!.Answers.PostalCode);
        Assert.Equal("maria.santos@example.com", stored.Answers.ContactDetails);
        var delivery = await b.Services.GetRequiredService<ICaseOutbox>().GetAsync(reference!, TestContext.Current.CancellationToken);
        Assert.NotNull(delivery);
        Assert.Equal(stored.OfficeId, delivery!.OfficeId);
    }

    [Fact]
    public async Task Redis_killed_in_the_middle_of_the_interview_comes_back_from_its_aof_and_the_interview_finishes()
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered yet");
        await using var server = RedisServer.Start();
        await using var host = BotHost.Redis(server.ConnectionString, "i:", echo: false);
        var http = host.CreateClient();
        var person = host.Conversation();

        var question = await person.StartAsync();
        for (var i = 0; i < 6; i++) question = await person.SayAsync(NurseInBerlin.AnswerTo(question));
        var pendingSlot = question.Slot;
        Assert.NotNull(pendingSlot);

        server.Kill();
        var during = await person.SayAsync(NurseInBerlin.AnswerTo(question));
        Assert.Equal(HttpStatusCode.OK, during.Status);
        Assert.Equal("storageUnavailable", during.Error);

        server.StartProcess();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await http.GetAsync("/readyz")).StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline) await Task.Delay(200);

        // The same question is still open: nothing before the outage was lost, nothing during it was half-saved.
        string? reference = null;
        for (var turn = 0; turn < 30 && reference is null; turn++)
        {
            question = await person.SayAsync(NurseInBerlin.AnswerTo(question));
            Assert.Null(question.Error);
            if (turn == 0) Assert.NotEqual(pendingSlot, question.Slot);
            reference = question.Hint("caseReference");
        }
        Assert.NotNull(reference);

        // And the case itself survives another crash of Redis.
        server.Kill();
        server.StartProcess();
        deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await http.GetAsync("/readyz")).StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.NotNull(await host.Services.GetRequiredService<ICaseStore>().GetAsync(reference!, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_interview_greets_within_two_seconds_on_the_default_storage()
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered yet");
        var dir = Directory.CreateTempSubdirectory("iqcg-greet-").FullName;
        await using var host = BotHost.Sqlite(Path.Combine(dir, "bot.db"), echo: false);
        var person = host.Conversation();
        host.CreateClient(); // started and ready
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var greeting = await person.StartAsync();
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 2);
        Assert.Equal(HttpStatusCode.OK, greeting.Status);
        Assert.NotNull(greeting.Slot); // the greeting asks its first question
        Assert.False(string.IsNullOrWhiteSpace(greeting.Text));
    }
}
