using System.Net;
using IqChatGuide.Bot.Tests.Infrastructure;

namespace IqChatGuide.Bot.Tests.Conversations;

/// <summary>Turns of one conversation arriving at once (double clicks, retries, two instances) never lose an update silently.</summary>
public sealed class ConcurrentTurnTests(RedisServerFixture redis)
{
    [Theory]
    [InlineData("Memory")]
    [InlineData("Sqlite")]
    [InlineData("Redis")]
    public async Task Thirty_two_turns_of_one_conversation_at_once_are_all_answered_and_all_counted(string provider)
    {
        var dir = Directory.CreateTempSubdirectory("iqcg-conc-").FullName;
        await using var host = provider switch
        {
            "Redis" => BotHost.Redis(redis.Require().ConnectionString, redis.NewPrefix()),
            "Sqlite" => BotHost.Sqlite(Path.Combine(dir, "bot.db")),
            _ => BotHost.Memory(),
        };
        var person = host.Conversation();

        var turns = await Task.WhenAll(Enumerable.Range(1, 32).Select(i => person.SayAsync($"click {i}")));

        Assert.All(turns, t => Assert.Equal(HttpStatusCode.OK, t.Status));
        Assert.All(turns, t => Assert.Null(t.Error));
        Assert.Equal(Enumerable.Range(1, 32), turns.Select(t => t.TurnCount!.Value).Order());
        Assert.Equal(33, (await person.SayAsync("and now?")).TurnCount);
        Directory.Delete(dir, true);
    }

    [Fact]
    public async Task Two_instances_racing_on_one_conversation_never_lose_an_answered_turn()
    {
        var server = redis.Require();
        var prefix = redis.NewPrefix();
        await using var a = BotHost.Redis(server.ConnectionString, prefix);
        await using var b = BotHost.Redis(server.ConnectionString, prefix);
        var viaA = a.Conversation();
        var viaB = viaA.Via(b.CreateClient());

        var turns = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => (i % 2 == 0 ? viaA : viaB).SayAsync($"message {i}")));

        Assert.All(turns, t => Assert.Equal(HttpStatusCode.OK, t.Status));
        // Every turn is either counted (the person saw "turn N") or the person was asked to send it again.
        Assert.All(turns, t => Assert.True(t.TurnCount is not null || t.Error == "sendAgain", t.Text));
        var counted = turns.Where(t => t.TurnCount is not null).ToList();
        Assert.Equal(counted.Count, counted.Select(t => t.TurnCount).Distinct().Count());
        var next = await viaA.SayAsync("final");
        Assert.Equal(counted.Count + 1, next.TurnCount);
    }
}
