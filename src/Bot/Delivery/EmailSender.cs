using IqChatGuide.Guidance.Cases;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace IqChatGuide.Bot.Delivery;

/// <summary>
/// Mails the German summary to an office as plain text, without attachments. The subject carries the
/// reference only (subjects show up in mail logs and notifications), never a name or a place.
/// </summary>
public sealed class EmailSender(IOptions<DeliveryOptions> options)
{
    public static string Subject(string reference) => $"Neuer Fall {reference} (IQ Chat Guide)";

    public MimeMessage Compose(EmailRoute route, CaseSummary summary)
    {
        var smtp = options.Value.Smtp;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From!));
        message.To.AddRange(InternetAddressList.Parse(route.To!));
        message.Subject = Subject(summary.Reference);
        // A stable id: if the office's server accepted a mail whose confirmation was lost, the copy is recognisable.
        message.MessageId = $"{summary.Reference}@iq-chat-guide";
        message.Headers.Add("X-IQ-Reference", summary.Reference);
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = Body(summary) };
        return message;
    }

    private static string Body(CaseSummary summary)
    {
        var lines = new List<string> { summary.ForOffice.Text.TrimEnd() };
        if (summary.AdditionalOffices.Count > 0)
        {
            lines.Add("");
            lines.Add("Ebenfalls zuständig: " + string.Join(", ", summary.AdditionalOffices.Select(o => o.Name)));
        }
        lines.Add("");
        lines.Add($"Diese Nachricht wurde vom IQ Chat Guide gesendet. Bitte nennen Sie bei Rückfragen die Fallnummer {summary.Reference}.");
        return string.Join("\n", lines);
    }

    /// <returns>null when the office's mail server accepted the message, else a reason without personal data.</returns>
    public async Task<string?> SendAsync(EmailRoute route, CaseSummary summary, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        using var message = Compose(route, summary);
        using var client = new SmtpClient { Timeout = (int)options.Value.Timeout.TotalMilliseconds };
        try
        {
            var security = !smtp.UseTls ? SecureSocketOptions.None
                : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
                : SecureSocketOptions.StartTls;
            await client.ConnectAsync(smtp.Host!, smtp.Port, security, ct);
            if (!string.IsNullOrEmpty(smtp.User)) await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
            return null;
        }
        catch (SmtpCommandException ex)
        {
            return $"mail server refused ({(int)ex.StatusCode})";
        }
        catch (AuthenticationException)
        {
            return "mail server refused the sign-in";
        }
        catch (Exception ex) when (ex is SmtpProtocolException or ServiceNotConnectedException or IOException or System.Net.Sockets.SocketException or SslHandshakeException or TimeoutException)
        {
            return $"mail server unreachable ({ex.GetType().Name})";
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return "mail server timed out";
        }
    }
}
