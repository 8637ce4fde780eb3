using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IqChatGuide.Bot.Delivery;
using IqChatGuide.Bot.Tests.Counsel;
using IqChatGuide.Bot.Tests.Infrastructure;
using IqChatGuide.Guidance.Cases;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace IqChatGuide.Bot.Tests.Delivery;

/// <summary>Cases from real conversations reach their office by the configured route, exactly once.</summary>
public sealed class DeliveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_office_receives_the_german_summary_of_a_real_conversation_by_email_with_only_the_reference_in_the_subject()
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered yet");
        await using var smtp = TestSmtpServer.Start();
        await using var host = DeliveryHosts.Start(DeliveryHosts.FastDelivery()
            .WithEmail(DeliveryHosts.BerlinOffice, "beratung@office.example", smtp.Port));

        var reference = await CaseInterview.RunAsync(host.Conversation());

        var mail = await smtp.WaitForMessageAsync(m => (m.Subject ?? "").Contains(reference, StringComparison.Ordinal), Patience);
        Assert.Equal("beratung@office.example", Assert.Single(mail.To.Mailboxes).Address);
        Assert.DoesNotContain("Nurse", mail.Subject ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("maria", mail.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("10115", mail.Subject, StringComparison.Ordinal);
        Assert.Empty(mail.Attachments);
        var body = Assert.IsType<TextPart>(mail.Body);
        var text = body.Text ?? "";
        Assert.True(body.IsPlain);
        // German for the office, with what the nurse told the bot and agreed to share.
        Assert.Contains("Fallzusammenfassung für die Beratungsstelle", text, StringComparison.Ordinal);
        Assert.Contains("Philippinen", text, StringComparison.Ordinal);
        Assert.Contains("10115", text, StringComparison.Ordinal);
        Assert.Contains("maria.santos@example.com", text, StringComparison.Ordinal);
        Assert.Contains(reference, text, StringComparison.Ordinal);

        var delivery = await WaitDeliveredAsync(host, reference);
        Assert.Equal(0, delivery.Attempts);
        await Task.Delay(1500); // several more polls: nothing is sent twice
        Assert.Single(smtp.Messages, m => (m.Subject ?? "").Contains(reference, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs, line => line.Contains("maria.santos", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_signed_webhook_that_fails_first_and_then_accepts_gets_the_case_exactly_once_after_two_attempts()
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered yet");
        await using var office = await WebhookReceiver.StartAsync();
        office.Answer = n => n == 1 ? 500 : 200;
        var settings = DeliveryHosts.FastDelivery().WithWebhook(DeliveryHosts.BerlinOffice, office.Url);
        CounselClient.WithUser(settings, "berlin", DeliveryHosts.BerlinOffice);
        await using var host = DeliveryHosts.Start(settings);

        var reference = await CaseInterview.RunAsync(host.Conversation());

        await office.WaitForAsync(o => o.Accepted.Any(), Patience);
        await Task.Delay(2000); // well past the back-off: an acknowledged case is not sent again
        Assert.Equal(2, office.Calls.Count);
        Assert.All(office.Calls, call =>
        {
            Assert.True(call.SignatureValid, "every call is signed with the office's secret");
            Assert.Equal(reference, call.IdempotencyKey);
        });
        Assert.Single(office.Accepted);

        using var payload = JsonDocument.Parse(office.Accepted.Single().Body);
        var root = payload.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(reference, root.GetProperty("reference").GetString());
        Assert.Equal(DeliveryHosts.BerlinOffice, root.GetProperty("officeId").GetString());
        Assert.Equal("10115", root.GetProperty("case").GetProperty("answers").GetProperty("postalCode").GetString());
        Assert.Equal("de", root.GetProperty("summary").GetProperty("forOffice").GetProperty("language").GetString());

        // The office's counsellor sees how it went.
        var counsellor = await CounselClient.SignInAsync(host, "berlin");
        var status = await counsellor.Http.GetFromJsonAsync<JsonElement>($"/api/cases/{reference}/delivery");
        Assert.Equal("delivered", status.GetProperty("state").GetString());
        Assert.Equal(1, status.GetProperty("attempts").GetInt32());
        Assert.Equal("webhook answered HTTP 500", status.GetProperty("lastError").GetString());
        Assert.Equal(JsonValueKind.String, status.GetProperty("webhookAcknowledgedAt").ValueKind);
    }

    [Fact]
    public async Task A_case_created_before_a_restart_on_sqlite_is_delivered_by_the_next_host()
    {
        Assert.SkipUnless(BotHost.ConversationAvailable(), "the conversation is not registered yet");
        var file = Path.Combine(Directory.CreateTempSubdirectory("iqcg-delivery-").FullName, "bot.db");
        await using var office = await WebhookReceiver.StartAsync();
        office.Answer = _ => 503; // the office's system is down while the first host runs
        var settings = DeliveryHosts.FastDelivery("Sqlite").WithWebhook(DeliveryHosts.BerlinOffice, office.Url);
        settings["ConnectionStrings:Sqlite"] = $"Data Source={file}";

        string reference;
        await using (var first = DeliveryHosts.Start(settings))
        {
            reference = await CaseInterview.RunAsync(first.Conversation());
            await office.WaitForAsync(o => o.Calls.Count >= 1, Patience);
            // The office has refused; wait until the host has noted the failed attempt before it goes down.
            await WaitForDeliveryAsync(first, reference, d => d.Attempts >= office.Calls.Count, "refused attempt noted");
        }
        var refusedBeforeRestart = office.Calls.Count;

        office.Answer = _ => 200;
        await using var second = DeliveryHosts.Start(settings);
        second.CreateClient(); // starts the host and its delivery worker
        await office.WaitForAsync(o => o.Accepted.Any(), Patience);
        await Task.Delay(1500);

        Assert.Single(office.Accepted);
        Assert.Equal(reference, office.Accepted.Single().IdempotencyKey);
        Assert.Equal(refusedBeforeRestart + 1, office.Calls.Count);
        var delivery = await WaitDeliveredAsync(second, reference);
        Assert.Equal(refusedBeforeRestart, delivery.Attempts);
    }

    [Fact]
    public async Task An_office_without_a_route_finds_the_case_in_its_inbox_and_the_status_says_so()
    {
        var settings = DeliveryHosts.FastDelivery();
        CounselClient.WithUser(settings, "berlin", DeliveryHosts.BerlinOffice);
        await using var host = DeliveryHosts.Start(settings);
        host.CreateClient();
        var reference = await CreateCaseAsync(host, DeliveryHosts.BerlinOffice);

        await WaitDeliveredAsync(host, reference);
        var counsellor = await CounselClient.SignInAsync(host, "berlin");
        var status = await counsellor.Http.GetFromJsonAsync<JsonElement>($"/api/cases/{reference}/delivery");
        Assert.Equal("inbox", status.GetProperty("state").GetString());
        Assert.Equal(0, status.GetProperty("routes").GetArrayLength());
        var inbox = await counsellor.Http.GetStringAsync("/counsel");
        Assert.Contains(reference, inbox, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_delivery_status_is_for_signed_in_counsellors_of_the_cases_office_only()
    {
        var settings = DeliveryHosts.FastDelivery();
        CounselClient.WithUser(settings, "munich", DeliveryHosts.MunichOffice);
        await using var host = DeliveryHosts.Start(settings);
        var reference = await CreateCaseAsync(host, DeliveryHosts.BerlinOffice);
        await WaitDeliveredAsync(host, reference);

        var anonymous = await CounselClient.Browser(host).GetAsync($"/api/cases/{reference}/delivery");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var otherOffice = await CounselClient.SignInAsync(host, "munich");
        Assert.Equal(HttpStatusCode.NotFound, (await otherOffice.Http.GetAsync($"/api/cases/{reference}/delivery")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await otherOffice.Http.GetAsync("/api/cases/not-a-reference/delivery")).StatusCode);
    }

    [Fact]
    public async Task A_webhook_without_a_secret_stops_the_start_with_a_message_naming_the_setting()
    {
        await using var host = DeliveryHosts.Start(DeliveryHosts.FastDelivery()
            .WithWebhook(DeliveryHosts.BerlinOffice, "https://office.example/cases", secret: null));
        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        Assert.Contains($"Delivery:Offices:{DeliveryHosts.BerlinOffice}:Webhook:Secret", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_e_mail_route_without_a_mail_server_stops_the_start_with_a_message_naming_the_setting()
    {
        var settings = DeliveryHosts.FastDelivery();
        settings[$"Delivery:Offices:{DeliveryHosts.BerlinOffice}:Email:To"] = "beratung@office.example";
        await using var host = DeliveryHosts.Start(settings);
        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        Assert.Contains("Delivery:Smtp:Host", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Back_off_doubles_from_the_first_wait_up_to_the_cap()
    {
        var options = new DeliveryOptions { RetryFirstSeconds = 30, RetryMaxSeconds = 3600 };
        Assert.Equal([30, 60, 120, 240, 480, 960, 1920, 3600, 3600],
            Enumerable.Range(1, 9).Select(n => options.RetryDelay(n).TotalSeconds));
    }

    /// <summary>A case written through the real store, as the hand-off writes it (for tests about the office side only).</summary>
    internal static async Task<string> CreateCaseAsync(BotHost host, string officeId, bool transcriptConsent = true)
    {
        var reference = CaseReference.New();
        await host.Services.GetRequiredService<ICaseStore>().CreateAsync(new GuidanceCase
        {
            Reference = reference,
            CreatedAt = DateTimeOffset.UtcNow,
            Language = "en",
            OfficeId = officeId,
            Answers = new CaseAnswers { Consent = true, QualificationName = "Nurse", QualificationCountry = "PH", InGermany = true },
            TranscriptConsent = transcriptConsent,
        });
        return reference;
    }

    internal static Task<CaseDelivery> WaitDeliveredAsync(BotHost host, string reference) =>
        WaitForDeliveryAsync(host, reference, d => d.DeliveredAt is not null, "delivered");

    /// <summary>Polls the host's outbox until the case's delivery record meets <paramref name="done"/>.</summary>
    private static async Task<CaseDelivery> WaitForDeliveryAsync(BotHost host, string reference, Func<CaseDelivery, bool> done, string what)
    {
        var outbox = host.Services.GetRequiredService<ICaseOutbox>();
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var delivery = await outbox.GetAsync(reference);
            if (delivery is not null && done(delivery)) return delivery;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Case {reference} not {what}: {delivery}");
            await Task.Delay(100);
        }
    }
}
