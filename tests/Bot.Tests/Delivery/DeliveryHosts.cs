using IqChatGuide.Bot.Tests.Infrastructure;
using IqChatGuide.Guidance;
using IqChatGuide.Guidance.Routing;

namespace IqChatGuide.Bot.Tests.Delivery;

/// <summary>Hosts whose delivery runs fast (short poll and back-off), with routes chosen by the test.</summary>
public static class DeliveryHosts
{
    private static readonly Lazy<OfficeDirectory> Offices = new(() =>
        OfficeDirectory.Load(Path.Combine(ContentPaths.NextToBinaries().Data, OfficeDirectory.FileName)));

    /// <summary>The office that serves Berlin (the nurse's office).</summary>
    public static string BerlinOffice => Offices.Value.EntryPointFor("DE-BE").Id;

    public static string MunichOffice => Offices.Value.EntryPointFor("DE-BY").Id;

    public static Dictionary<string, string?> FastDelivery(string provider = "Memory") => new()
    {
        ["Storage:Provider"] = provider,
        ["Delivery:PollSeconds"] = "0.1",
        ["Delivery:RetryFirstSeconds"] = "0.4",
        ["Delivery:RetryMaxSeconds"] = "2",
        ["Delivery:TimeoutSeconds"] = "5",
    };

    public static Dictionary<string, string?> WithWebhook(this Dictionary<string, string?> settings, string officeId, string url, string? secret = WebhookReceiver.Secret)
    {
        settings[$"Delivery:Offices:{officeId}:Webhook:Url"] = url;
        settings[$"Delivery:Offices:{officeId}:Webhook:Secret"] = secret;
        return settings;
    }

    public static Dictionary<string, string?> WithEmail(this Dictionary<string, string?> settings, string officeId, string to, int smtpPort)
    {
        settings[$"Delivery:Offices:{officeId}:Email:To"] = to;
        settings["Delivery:Smtp:Host"] = "127.0.0.1";
        settings["Delivery:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Delivery:Smtp:From"] = "IQ Chat Guide <chatguide@iq.example>";
        settings["Delivery:Smtp:UseTls"] = "false";
        return settings;
    }

    public static BotHost Start(Dictionary<string, string?> settings) => new(settings, echo: false);
}
