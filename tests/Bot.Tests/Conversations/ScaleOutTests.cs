using Microsoft.Extensions.DependencyInjection;
using System.Net;
using IqChatGuide.Bot.Tests.Infrastructure;
using StackExchange.Redis;

namespace IqChatGuide.Bot.Tests.Conversations;

/// <summary>Several instances behind a load balancer share Redis; Redis itself may die and come back.</summary>
public sealed class ScaleOutTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Two_instances_serve_one_conversation_with_turns_alternating_between_them()
    {
        var server = redis.Require();
        var prefix = redis.NewPrefix();
        await using var a = BotHost.Redis(server.ConnectionString, prefix);
        await using var b = BotHost.Redis(server.ConnectionString, prefix);
        var viaA = a.Conversation();
        var viaB = viaA.Via(b.CreateClient());

        for (var i = 1; i <= 10; i++)
        {
            var turn = await (i % 2 == 1 ? viaA : viaB).SayAsync($"answer {i}");
            Assert.Equal(i, turn.TurnCount);
        }
        var reference = "IQ-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await viaB.SayAsync("case " + reference);
        Assert.NotNull(await a.Services.GetRequiredService<IqChatGuide.Guidance.Cases.ICaseStore>().GetAsync(reference));
    }

    [Fact]
    public async Task Redis_unreachable_at_start_the_bot_starts_says_not_ready_and_answers_kindly()
    {
        await using var dead = RedisServer.Start();
        var connection = dead.ConnectionString;
        dead.Kill();
        await using var host = BotHost.Redis(connection, "x:");
        var http = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/readyz")).StatusCode);
        var turn = await host.Conversation(locale: "de").SayAsync("Hallo");
        Assert.Equal(HttpStatusCode.OK, turn.Status);
        Assert.Equal("storageUnavailable", turn.Error);
        var german = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "locales", "de", "ui.host.json")));
        Assert.Contains(german.RootElement.GetProperty("errors").GetProperty("storageUnavailable").GetString()!, turn.Text);
    }

    [Fact]
    public async Task Redis_killed_mid_conversation_and_restarted_from_its_append_only_file_loses_nothing()
    {
        await using var server = RedisServer.Start();
        await using var host = BotHost.Redis(server.ConnectionString, "k:");
        var http = host.CreateClient();
        var person = host.Conversation();
        var reference = "IQ-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        Assert.Equal(1, (await person.SayAsync("one")).TurnCount);
        Assert.Equal(2, (await person.SayAsync("case " + reference)).TurnCount);
        server.Kill();

        var during = await person.SayAsync("three");
        Assert.Equal(HttpStatusCode.OK, during.Status);
        Assert.Equal("storageUnavailable", during.Error);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/readyz")).StatusCode);

        server.StartProcess();
        await WaitUntilReadyAsync(http);

        Assert.Equal(3, (await person.SayAsync("three again")).TurnCount);
        Assert.Equal(4, (await person.SayAsync("four")).TurnCount);
        var cases = host.Services.GetRequiredService<IqChatGuide.Guidance.Cases.ICaseStore>();
        Assert.NotNull(await cases.GetAsync(reference));
        var outbox = host.Services.GetRequiredService<IqChatGuide.Guidance.Cases.ICaseOutbox>();
        Assert.Null((await outbox.GetAsync(reference))!.DeliveredAt);
    }

    [Fact]
    public async Task State_in_redis_carries_the_retention_as_ttl()
    {
        var server = redis.Require();
        var prefix = redis.NewPrefix();
        await using var host = new BotHost(new()
        {
            ["Storage:Provider"] = "Redis",
            ["ConnectionStrings:Redis"] = server.ConnectionString,
            ["Storage:RedisKeyPrefix"] = prefix,
            ["Retention:StateDays"] = "2",
        });
        await host.Conversation().SayAsync("hello");

        await using var mux = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString);
        var keys = mux.GetServer(mux.GetEndPoints()[0]).Keys(pattern: prefix + "state:*").ToList();
        Assert.NotEmpty(keys);
        var ttl = await mux.GetDatabase().KeyTimeToLiveAsync(keys[0]);
        Assert.InRange(ttl!.Value.TotalHours, 47, 48);
    }

    private static async Task WaitUntilReadyAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if ((await http.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK) return;
            await Task.Delay(200);
        }
        Assert.Fail("the bot did not reconnect to Redis within 20 s");
    }
}
