namespace IqChatGuide.Bot.Tests.DirectLine;

/// <summary>With the real conversation: "delete my data" also empties the widget's transcript.</summary>
public sealed class DeleteMyDataTests
{
    [Fact]
    public async Task After_delete_my_data_the_transcript_holds_nothing_the_person_said()
    {
        await using var server = new WidgetBotServer();
        var client = await server.StartConversationAsync("en");
        await client.SayAsync("en");
        await client.SayAsync("yes");
        await client.SayAsync("Hebamme aus Manila");
        var (before, _) = await client.GetAsync();
        Assert.Contains(before, a => a!["text"]?.GetValue<string>() == "Hebamme aus Manila");

        await client.SayAsync("delete my data");
        var (asked, watermark) = await client.GetAsync();
        Assert.Equal("delete.confirm", asked.Last(a => a!["channelData"]?["slot"] is not null)!["channelData"]!["slot"]!.GetValue<string>());
        await client.SayAsync("yes");

        var (after, next) = await client.GetAsync();
        Assert.DoesNotContain(after, a => a!["text"]?.GetValue<string>() == "Hebamme aus Manila");
        Assert.DoesNotContain(after, a => a!["text"]?.GetValue<string>() == "delete my data");
        // The confirmation the bot just gave is still there to read, and watermarks keep counting on.
        var (confirmation, _) = await client.GetAsync(watermark);
        Assert.Contains(confirmation, a => a!["from"]?["role"]?.GetValue<string>() == "bot" && a["text"] is not null);
        Assert.True(int.Parse(next) > int.Parse(watermark));
    }
}
