using System.Text.Json.Nodes;
using IqChatGuide.Bot.Tests.Delivery;
using IqChatGuide.Bot.Tests.DirectLine;
using IqChatGuide.Bot.Tests.Infrastructure;

namespace IqChatGuide.Bot.Tests.Counsel;

/// <summary>The conversation behind a widget case, as the counsellor reads it next to the summary.</summary>
public sealed class CaseConversationTests
{
    /// <summary>Runs the interview in the widget's Direct Line conversation; returns the case reference.</summary>
    internal static async Task<string> InterviewInWidgetAsync(DirectLineClient person)
    {
        string? watermark = null;
        for (var turn = 0; turn < 60; turn++)
        {
            var (activities, next) = await person.GetAsync(watermark);
            watermark = next;
            var fromBot = activities.OfType<JsonObject>().Where(a => a["from"]?["id"]?.GetValue<string>() != person.UserId).ToList();
            if (fromBot.Select(a => a["channelData"]?["caseReference"]?.GetValue<string>()).LastOrDefault(r => r is not null) is { } reference)
                return reference;
            var slot = fromBot.Select(a => a["channelData"]?["slot"]?.GetValue<string>()).LastOrDefault(s => s is not null)
                ?? throw new InvalidOperationException("The bot asked nothing.");
            await person.SayAsync(NurseInBerlin.Answers[slot]);
        }
        throw new InvalidOperationException("The interview did not end in a case.");
    }

    /// <summary>The case page, once the delivery worker has listed the case for the office.</summary>
    internal static async Task<string> WaitListedAsync(CounselClient counsellor, string casePage)
    {
        for (var i = 0; i < 200; i++)
        {
            var response = await counsellor.Http.GetAsync(casePage);
            if (response.IsSuccessStatusCode) return await response.Content.ReadAsStringAsync();
            await Task.Delay(100);
        }
        throw new TimeoutException(casePage + " was not listed in time.");
    }

    [Fact]
    public async Task A_counsellor_reads_the_widget_conversation_of_a_person_who_consented()
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered yet");
        var settings = DeliveryHosts.FastDelivery();
        CounselClient.WithUser(settings, "berlin", DeliveryHosts.BerlinOffice);
        await using var server = new WidgetBotServer(settings: settings);
        var person = await server.StartConversationAsync("en");

        var reference = await InterviewInWidgetAsync(person);

        var counsellor = await CounselClient.SignInAsync(CounselClient.Browser(server.Address), "berlin");
        var view = await WaitListedAsync(counsellor, $"/counsel/cases/{reference}");
        var conversation = view[view.IndexOf("Gesprächsverlauf", StringComparison.Ordinal)..];
        Assert.Contains("<li class=\"person\"><strong>Person:</strong> Philippines</li>", conversation, StringComparison.Ordinal);
        Assert.Contains("<li class=\"person\"><strong>Person:</strong> maria.santos@example.com</li>", conversation, StringComparison.Ordinal);
        Assert.Contains("<li class=\"bot\">", conversation, StringComparison.Ordinal);
    }
}
