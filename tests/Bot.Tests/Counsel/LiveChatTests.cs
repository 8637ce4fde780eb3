using System.Net;
using System.Text.Json.Nodes;
using IqChatGuide.Bot.Tests.Delivery;
using IqChatGuide.Bot.Tests.DirectLine;
using IqChatGuide.Bot.Tests.Infrastructure;

namespace IqChatGuide.Bot.Tests.Counsel;

/// <summary>A counsellor takes over a widget conversation, writes with the person, and hands it back.</summary>
public sealed class LiveChatTests
{
    private static async Task<List<JsonObject>> NewActivitiesAsync(DirectLineClient person, Ref<string?> watermark)
    {
        var (activities, next) = await person.GetAsync(watermark.Value);
        watermark.Value = next;
        return activities.OfType<JsonObject>().ToList();
    }

    private sealed class Ref<T>(T value)
    {
        public T Value { get; set; } = value;
    }

    private static string? Text(JsonObject activity) => activity["text"]?.GetValue<string>();

    private static bool FromPerson(JsonObject activity, DirectLineClient person) => activity["from"]?["id"]?.GetValue<string>() == person.UserId;

    [Fact]
    public async Task While_a_counsellor_has_taken_over_the_bot_is_silent_and_messages_go_both_ways_until_handed_back()
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered yet");
        var settings = DeliveryHosts.FastDelivery();
        CounselClient.WithUser(settings, "anna", DeliveryHosts.BerlinOffice);
        CounselClient.WithUser(settings, "munich", DeliveryHosts.MunichOffice);
        await using var server = new WidgetBotServer(settings: settings);
        var person = await server.StartConversationAsync("en");
        var reference = await CaseConversationTests.InterviewInWidgetAsync(person);
        var watermark = new Ref<string?>(null);
        await NewActivitiesAsync(person, watermark); // everything so far

        var counsellor = await CounselClient.SignInAsync(CounselClient.Browser(server.Address), "anna");
        var casePage = $"/counsel/cases/{reference}";
        await CaseConversationTests.WaitListedAsync(counsellor, casePage);

        // Another office cannot take it over.
        var stranger = await CounselClient.SignInAsync(CounselClient.Browser(server.Address), "munich");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync("/counsel", casePage + "/takeover", [])).StatusCode);

        var takeOver = await counsellor.PostFormAsync(casePage, casePage + "/takeover", []);
        Assert.Equal(HttpStatusCode.Redirect, takeOver.StatusCode);
        var joined = await NewActivitiesAsync(person, watermark);
        Assert.Contains(joined, a => Text(a)?.Contains("A counsellor from", StringComparison.Ordinal) == true);

        await counsellor.PostFormAsync(casePage, casePage + "/messages", new() { ["text"] = "Hello Maria, this is Anna from the Berlin office." });
        var fromCounsellor = await NewActivitiesAsync(person, watermark);
        Assert.Contains(fromCounsellor, a => Text(a) == "Hello Maria, this is Anna from the Berlin office.");

        await person.SayAsync("Thank you Anna! Which documents should I translate?");
        await Task.Delay(300);
        var afterPerson = await NewActivitiesAsync(person, watermark);
        Assert.All(afterPerson, a => Assert.True(FromPerson(a, person), "the bot stays silent: " + Text(a)));
        var view = await counsellor.Http.GetStringAsync(casePage);
        Assert.Contains("<li class=\"person\"><strong>Person:</strong> Thank you Anna! Which documents should I translate?</li>", view, StringComparison.Ordinal);
        Assert.Contains("<li class=\"counsellor\"><strong>Beratung:</strong> Hello Maria, this is Anna from the Berlin office.</li>", view, StringComparison.Ordinal);

        await counsellor.PostFormAsync(casePage, casePage + "/handback", []);
        var left = await NewActivitiesAsync(person, watermark);
        Assert.Contains(left, a => Text(a)?.Contains("The counsellor has left the chat", StringComparison.Ordinal) == true);
        await person.SayAsync("How much does recognition cost?");
        var botAgain = await NewActivitiesAsync(person, watermark);
        Assert.Contains(botAgain, a => !FromPerson(a, person) && a["type"]?.GetValue<string>() == "message");
    }
}
