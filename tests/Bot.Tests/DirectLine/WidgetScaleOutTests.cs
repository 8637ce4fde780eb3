using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IqChatGuide.Bot.Tests.Infrastructure;

namespace IqChatGuide.Bot.Tests.DirectLine;

/// <summary>Two widget hosts on one Redis, as behind a load balancer.</summary>
public sealed class RedisWidgetScaleOutTests(RedisServerFixture redis) : WidgetScaleOutTests
{
    protected override Dictionary<string, string?> StoreSettings() => new()
    {
        ["Storage:Provider"] = "Redis",
        ["ConnectionStrings:Redis"] = redis.Require().ConnectionString,
        ["Storage:RedisKeyPrefix"] = redis.NewPrefix(),
    };
}

/// <summary>Two widget hosts on one SQLite file (one machine, several processes).</summary>
public sealed class SqliteWidgetScaleOutTests : WidgetScaleOutTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iq-widget-scaleout-").FullName;

    protected override Dictionary<string, string?> StoreSettings() => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(_folder, "shared.db")}",
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>Two bot instances on one store: whichever instance a request lands on, the conversation is the same.</summary>
public abstract class WidgetScaleOutTests : IAsyncLifetime
{
    private WidgetBotServer _a = null!;
    private WidgetBotServer _b = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Dictionary<string, string?> StoreSettings();

    public ValueTask InitializeAsync()
    {
        var settings = StoreSettings();
        _a = new WidgetBotServer(echo: true, settings: settings);
        _b = new WidgetBotServer(echo: true, settings: settings);
        return ValueTask.CompletedTask;
    }

    public virtual async ValueTask DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Fact]
    public async Task Requests_alternating_between_two_instances_serve_one_widget_conversation()
    {
        using var viaA = _a.NewClient();
        using var viaB = _b.NewClient();
        var grant = await (await viaA.PostAsJsonAsync("/api/directline/token", new { locale = "de" }, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        var client = new DirectLineClient(viaB, grant!["token"]!.GetValue<string>(), grant["conversationId"]!.GetValue<string>(), grant["userId"]!.GetValue<string>());
        (await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations")).EnsureSuccessStatusCode();

        var expected = new List<string> { "hello de" };
        string? watermark = null;
        var seen = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            client.Http = i % 2 == 0 ? viaA : viaB; // post on one instance …
            await client.SayAsync("m" + i);
            expected.AddRange(["m" + i, "echo: m" + i]);
            client.Http = i % 2 == 0 ? viaB : viaA; // … and poll on the other
            var (activities, next) = await client.GetAsync(watermark);
            seen.AddRange(activities.Select(a => a!["text"]!.GetValue<string>()));
            watermark = next;
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Messages_posted_at_the_same_time_on_both_instances_are_all_kept()
    {
        var client = await _a.StartConversationAsync();
        using var viaB = _b.NewClient();
        var onB = new DirectLineClient(viaB, client.Token, client.ConversationId, client.UserId);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? client : onB).SayAsync("parallel " + i)));

        var (activities, watermark) = await client.GetAsync();
        var texts = activities.Select(a => a!["text"]!.GetValue<string>()).ToList();
        for (var i = 0; i < 8; i++)
        {
            Assert.Contains("parallel " + i, texts);
            Assert.Contains("echo: parallel " + i, texts);
        }
        Assert.Equal(17, texts.Count);
        Assert.Equal("17", watermark);
        Assert.Equal(texts.Count, activities.Select(a => a!["id"]!.GetValue<string>()).Distinct().Count());
    }
}
