using System.Net;
using IqChatGuide.Guidance.Routing;
using Microsoft.Extensions.Options;
using MimeKit;

namespace IqChatGuide.Bot.Delivery;

/// <summary>How cases reach their offices (section "Delivery").</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>False switches the delivery worker off on this instance (the outbox keeps the cases).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the outbox is read for due deliveries.</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>Wait after the first failed attempt; it doubles after every further failure.</summary>
    public double RetryFirstSeconds { get; set; } = 30;

    /// <summary>The longest wait between two attempts.</summary>
    public double RetryMaxSeconds { get; set; } = 3600;

    /// <summary>Time-out of one webhook call or one SMTP session.</summary>
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// How long an instance holds a delivery it is working on; another instance sharing the storage takes it
    /// over only after this (so two instances never send the same case at the same time).
    /// </summary>
    public double LeaseSeconds { get; set; } = 300;

    /// <summary>Deliveries read per poll.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Routes by office id (data/offices.json); an office without a route reads its cases in the counsellor inbox.</summary>
    public Dictionary<string, OfficeRoute> Offices { get; set; } = new(StringComparer.Ordinal);

    public SmtpOptions Smtp { get; set; } = new();

    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollSeconds);
    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>Exponential back-off: the wait after the <paramref name="failures"/>-th failed attempt (1-based).</summary>
    public TimeSpan RetryDelay(int failures)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        return TimeSpan.FromSeconds(Math.Min(RetryFirstSeconds * Math.Pow(2, exponent), RetryMaxSeconds));
    }

    /// <summary>The route of an office; null when it has none (inbox only).</summary>
    public OfficeRoute? RouteFor(string officeId) =>
        Offices.TryGetValue(officeId, out var route) && (route.Webhook.IsConfigured || route.Email.IsConfigured) ? route : null;

    /// <summary>"webhook", "email", both, or none (inbox only).</summary>
    public IReadOnlyList<string> RouteNames(string officeId)
    {
        var route = RouteFor(officeId);
        var names = new List<string>(2);
        if (route?.Webhook.IsConfigured == true) names.Add("webhook");
        if (route?.Email.IsConfigured == true) names.Add("email");
        return names;
    }
}

public sealed class OfficeRoute
{
    public WebhookRoute Webhook { get; set; } = new();
    public EmailRoute Email { get; set; } = new();
}

public sealed class WebhookRoute
{
    public string? Url { get; set; }
    /// <summary>Shared with the office; it signs every call (HMAC-SHA256).</summary>
    public string? Secret { get; set; }
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Url);
}

public sealed class EmailRoute
{
    /// <summary>One address or several, separated by commas.</summary>
    public string? To { get; set; }
    public bool IsConfigured => !string.IsNullOrWhiteSpace(To);
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? From { get; set; }
    /// <summary>TLS: on connect for port 465, STARTTLS otherwise. Off only for a relay on the same machine or network.</summary>
    public bool UseTls { get; set; } = true;
    public string? User { get; set; }
    public string? Password { get; set; }
}

/// <summary>Stops the start with a message naming the setting, so a wrong route never silently loses cases.</summary>
internal sealed class DeliveryOptionsValidator(OfficeDirectory offices) : IValidateOptions<DeliveryOptions>
{
    public const int MinimumSecretLength = 16;

    public ValidateOptionsResult Validate(string? name, DeliveryOptions o)
    {
        var errors = new List<string>();
        Range(errors, "PollSeconds", o.PollSeconds, 0.05, 3600);
        Range(errors, "RetryFirstSeconds", o.RetryFirstSeconds, 0.05, 86400);
        Range(errors, "RetryMaxSeconds", o.RetryMaxSeconds, o.RetryFirstSeconds, 7 * 86400);
        Range(errors, "TimeoutSeconds", o.TimeoutSeconds, 0.5, 600);
        Range(errors, "LeaseSeconds", o.LeaseSeconds, o.TimeoutSeconds * 2, 86400);
        if (o.BatchSize is < 1 or > 1000) errors.Add($"Delivery:BatchSize must be between 1 and 1000; it is {o.BatchSize}.");

        var anyEmail = false;
        foreach (var (officeId, route) in o.Offices)
        {
            var prefix = $"Delivery:Offices:{officeId}";
            if (offices.Find(officeId) is null)
                errors.Add($"{prefix}: '{officeId}' is not an office id of data/offices.json.");
            var hook = route.Webhook;
            if (hook.IsConfigured)
            {
                if (!Uri.TryCreate(hook.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
                    errors.Add($"{prefix}:Webhook:Url must be an absolute https address; it is '{hook.Url}'.");
                else if (url.Scheme == "http" && !IsLoopback(url))
                    errors.Add($"{prefix}:Webhook:Url must use https (plain http only to this machine): cases contain personal data.");
                if (string.IsNullOrWhiteSpace(hook.Secret))
                    errors.Add($"{prefix}:Webhook:Secret (env {Env(prefix)}__Webhook__Secret) must be set: the office checks every call's signature with it.");
                else if (hook.Secret.Length < MinimumSecretLength)
                    errors.Add($"{prefix}:Webhook:Secret must be at least {MinimumSecretLength} characters long.");
            }
            else if (!string.IsNullOrWhiteSpace(hook.Secret))
            {
                errors.Add($"{prefix}:Webhook:Url must be set when {prefix}:Webhook:Secret is.");
            }
            if (route.Email.IsConfigured)
            {
                anyEmail = true;
                if (!InternetAddressList.TryParse(route.Email.To, out var to) || to.Mailboxes.Count() == 0)
                    errors.Add($"{prefix}:Email:To is not an e-mail address (several are separated by commas).");
            }
        }

        if (anyEmail)
        {
            if (string.IsNullOrWhiteSpace(o.Smtp.Host))
                errors.Add("Delivery:Smtp:Host (env Delivery__Smtp__Host) must be set when an office is delivered by e-mail.");
            if (string.IsNullOrWhiteSpace(o.Smtp.From) || !MailboxAddress.TryParse(o.Smtp.From, out _))
                errors.Add("Delivery:Smtp:From (env Delivery__Smtp__From) must be an e-mail address when an office is delivered by e-mail.");
            if (o.Smtp.Port is < 1 or > 65535)
                errors.Add($"Delivery:Smtp:Port must be between 1 and 65535; it is {o.Smtp.Port}.");
            if (!string.IsNullOrEmpty(o.Smtp.User) && string.IsNullOrEmpty(o.Smtp.Password))
                errors.Add("Delivery:Smtp:Password (env Delivery__Smtp__Password) must be set when Delivery:Smtp:User is.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Range(List<string> errors, string key, double value, double min, double max)
    {
        if (!(value >= min && value <= max)) errors.Add($"Delivery:{key} must be between {min} and {max}; it is {value}.");
    }

    private static string Env(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip));
}
