using System.Net;
using IqChatGuide.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Tests.Hosting;

public sealed class HostTests
{
    [Fact]
    public async Task The_default_sqlite_store_is_created_and_reported_ready()
    {
        var dir = Directory.CreateTempSubdirectory("iqcg-host-").FullName;
        var file = Path.Combine(dir, "store", "bot.db");
        await using (var host = BotHost.Sqlite(file))
        {
            var http = host.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/readyz")).StatusCode);
            Assert.True(File.Exists(file));

            var person = host.Conversation();
            Assert.Equal(1, (await person.SayAsync("a")).TurnCount);
        }

        // A restarted bot continues the conversation where it was.
        await using (var restarted = BotHost.Sqlite(file))
        {
            var person = restarted.Conversation(id: null);
            Assert.Equal(1, (await person.SayAsync("new person")).TurnCount);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dir, true);
    }

    [Fact]
    public async Task A_conversation_survives_a_restart_of_the_bot()
    {
        var dir = Directory.CreateTempSubdirectory("iqcg-host-").FullName;
        var file = Path.Combine(dir, "bot.db");
        var id = Guid.NewGuid().ToString("N");
        await using (var host = BotHost.Sqlite(file))
        {
            await host.Conversation(id).SayAsync("first");
            await host.Conversation(id).SayAsync("second");
        }
        await using (var restarted = BotHost.Sqlite(file))
        {
            Assert.Equal(3, (await restarted.Conversation(id).SayAsync("third")).TurnCount);
        }
        Directory.Delete(dir, true);
    }

    [Fact]
    public async Task A_conversation_update_is_answered_in_the_response_body_with_expect_replies()
    {
        await using var host = BotHost.Memory();
        var person = host.Conversation();
        var start = await person.StartAsync();
        Assert.Equal(HttpStatusCode.OK, start.Status);
        var turn = await person.SayAsync("Guten Tag");
        Assert.Equal("turn 1: Guten Tag", turn.Text);
    }

    [Fact]
    public async Task A_failing_turn_is_answered_kindly_logged_without_personal_data_and_not_saved()
    {
        await using var host = BotHost.Memory();
        var person = host.Conversation();
        Assert.Equal(1, (await person.SayAsync("one")).TurnCount);

        var failed = await person.SayAsync("fail");
        Assert.Equal(HttpStatusCode.OK, failed.Status);
        Assert.Equal("turnFailed", failed.Error);
        Assert.Contains("go on", failed.Text);
        Assert.DoesNotContain("about to fail", failed.Text); // the failed run's own replies are dropped

        Assert.Equal(2, (await person.SayAsync("two")).TurnCount); // the failed turn left no trace in the state
        var logs = string.Join("\n", host.Logs);
        Assert.Contains("InvalidOperationException", logs);
        Assert.DoesNotContain("Hans Meier", logs);
        Assert.DoesNotContain("10115", logs);
    }

    [Fact]
    public async Task With_an_app_id_an_unauthenticated_post_gets_401()
    {
        await using var host = new BotHost(new()
        {
            ["Storage:Provider"] = "Memory",
            ["MicrosoftAppId"] = "5f1c2b7e-0000-4000-8000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        });
        var person = host.Conversation();
        var activity = person.NewActivity(text: "hello");
        activity.DeliveryMode = null;
        activity.ServiceUrl = "https://smba.trafficmanager.net/emea/";
        var turn = await person.SendAsync(activity);
        Assert.Equal(HttpStatusCode.Unauthorized, turn.Status);
        Assert.Contains("Authentication is ON", string.Join("\n", host.Logs), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_an_app_id_the_start_log_says_authentication_is_off()
    {
        await using var host = BotHost.Memory();
        host.CreateClient();
        Assert.Single(host.Logs, l => l.Contains("authentication is OFF", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Storage:Provider", "Cassandra", "Storage:Provider")]
    [InlineData("Retention:StateDays", "-1", "Retention:StateDays")]
    [InlineData("Bot:MaxRequestBytes", "10", "Bot:MaxRequestBytes")]
    public async Task A_wrong_setting_stops_the_start_with_its_name(string key, string value, string named)
    {
        await using var host = new BotHost(new() { ["Storage:Provider"] = "Memory", [key] = value });
        var error = Assert.ThrowsAny<OptionsValidationException>(() => host.CreateClient());
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public async Task Redis_without_a_connection_string_names_the_missing_setting()
    {
        await using var host = new BotHost(new() { ["Storage:Provider"] = "Redis" });
        var error = Assert.ThrowsAny<OptionsValidationException>(() => host.CreateClient());
        Assert.Contains("ConnectionStrings__Redis", error.Message);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar")]
    [InlineData("uk")]
    public async Task A_failing_turn_is_answered_in_the_persons_language(string locale)
    {
        await using var host = BotHost.Memory();
        var failed = await host.Conversation(locale: locale).SayAsync("fail");
        var lang = locale[..2];
        var texts = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "locales", lang, "ui.host.json")));
        var expected = texts.RootElement.GetProperty("errors").GetProperty("turnFailed").GetString();
        Assert.Equal("turnFailed", failed.Error);
        Assert.Contains(expected!, failed.Text);
    }
}
