using System.Net;
using IqChatGuide.Bot.Tests.Delivery;
using IqChatGuide.Bot.Tests.Infrastructure;
using IqChatGuide.Guidance.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace IqChatGuide.Bot.Tests.Counsel;

/// <summary>The counsellor inbox at /counsel: sign-in per office, the office's own cases, status and note.</summary>
public sealed class CounselInboxTests
{
    private static Dictionary<string, string?> TwoOffices()
    {
        var settings = DeliveryHosts.FastDelivery();
        CounselClient.WithUser(settings, "berlin", DeliveryHosts.BerlinOffice);
        CounselClient.WithUser(settings, "munich", DeliveryHosts.MunichOffice);
        return settings;
    }

    private static async Task<string> DeliveredCaseAsync(BotHost host, string officeId, bool transcriptConsent = true)
    {
        var reference = await DeliveryTests.CreateCaseAsync(host, officeId, transcriptConsent);
        await DeliveryTests.WaitDeliveredAsync(host, reference);
        return reference;
    }

    [Fact]
    public async Task An_office_never_sees_or_changes_another_offices_cases()
    {
        await using var host = DeliveryHosts.Start(TwoOffices());
        var berlinCase = await DeliveredCaseAsync(host, DeliveryHosts.BerlinOffice);
        var munichCase = await DeliveredCaseAsync(host, DeliveryHosts.MunichOffice);

        var berlin = await CounselClient.SignInAsync(host, "berlin");
        var berlinInbox = await berlin.Http.GetStringAsync("/counsel");
        Assert.Contains(berlinCase, berlinInbox, StringComparison.Ordinal);
        Assert.DoesNotContain(munichCase, berlinInbox, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await berlin.Http.GetAsync($"/counsel/cases/{munichCase}")).StatusCode);
        var change = await berlin.PostFormAsync($"/counsel/cases/{berlinCase}", $"/counsel/cases/{munichCase}",
            new() { ["status"] = "done", ["note"] = "not mine" });
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);

        var munich = await CounselClient.SignInAsync(host, "munich");
        var munichInbox = await munich.Http.GetStringAsync("/counsel");
        Assert.Contains(munichCase, munichInbox, StringComparison.Ordinal);
        Assert.DoesNotContain(berlinCase, munichInbox, StringComparison.Ordinal);
        var munichView = await munich.Http.GetStringAsync($"/counsel/cases/{munichCase}");
        Assert.DoesNotContain("not mine", munichView, StringComparison.Ordinal);
        Assert.Equal(CaseWorkStatus.New, (await host.Services.GetRequiredService<ICaseIndex>().GetAsync(munichCase))!.Status);
    }

    [Fact]
    public async Task Strangers_are_sent_to_the_sign_in_page_and_a_wrong_password_does_not_open_the_inbox()
    {
        await using var host = DeliveryHosts.Start(TwoOffices());
        var browser = new CounselClient(CounselClient.Browser(host));

        var anonymous = await browser.Http.GetAsync("/counsel");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/counsel/signin", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        foreach (var (user, password) in new[] { ("berlin", "wrong password"), ("nobody", CounselClient.Password), ("berlin", "") })
        {
            var refused = await browser.PostFormAsync("/counsel/signin", "/counsel/signin", new() { ["user"] = user, ["password"] = password });
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Contains("Benutzername oder Passwort ist falsch.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Http.GetAsync("/counsel")).StatusCode);

        var signedIn = await CounselClient.SignInAsync(host, "berlin");
        Assert.Equal(HttpStatusCode.OK, (await signedIn.Http.GetAsync("/counsel")).StatusCode);
        var signOut = await signedIn.PostFormAsync("/counsel", "/counsel/signout", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await signedIn.Http.GetAsync("/counsel")).StatusCode);
    }

    [Fact]
    public async Task After_five_wrong_passwords_the_name_is_locked_even_for_the_right_password()
    {
        await using var host = DeliveryHosts.Start(TwoOffices());
        var browser = new CounselClient(CounselClient.Browser(host));
        for (var i = 0; i < 5; i++)
            await browser.PostFormAsync("/counsel/signin", "/counsel/signin", new() { ["user"] = "berlin", ["password"] = "guess " + i });

        var locked = await browser.PostFormAsync("/counsel/signin", "/counsel/signin", new() { ["user"] = "berlin", ["password"] = CounselClient.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        await CounselClient.SignInAsync(host, "munich"); // other names are not affected
    }

    [Fact]
    public async Task A_counsellor_reads_the_german_summary_moves_the_case_through_its_statuses_and_keeps_a_note()
    {
        await using var host = DeliveryHosts.Start(TwoOffices());
        var reference = await DeliveredCaseAsync(host, DeliveryHosts.BerlinOffice);
        var counsellor = await CounselClient.SignInAsync(host, "berlin");
        var casePage = $"/counsel/cases/{reference}";

        var view = await counsellor.Http.GetStringAsync(casePage);
        Assert.Contains("Philippinen", view, StringComparison.Ordinal); // the office's summary is German
        Assert.Contains("Nurse", view, StringComparison.Ordinal);

        var saved = await counsellor.PostFormAsync(casePage, casePage, new() { ["status"] = "inProgress", ["note"] = "Rückruf am Dienstag" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        view = await counsellor.Http.GetStringAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("Gespeichert.", view, StringComparison.Ordinal);
        Assert.Contains("<option value=\"inProgress\" selected>", view, StringComparison.Ordinal);
        Assert.Contains("Rückruf am Dienstag</textarea>", view, StringComparison.Ordinal);
        Assert.Contains("in Bearbeitung", await counsellor.Http.GetStringAsync("/counsel"), StringComparison.Ordinal);

        await counsellor.PostFormAsync(casePage, casePage, new() { ["status"] = "done", ["note"] = "Rückruf am Dienstag" });
        Assert.DoesNotContain(reference, await counsellor.Http.GetStringAsync("/counsel"), StringComparison.Ordinal);
        Assert.Contains(reference, await counsellor.Http.GetStringAsync("/counsel?show=all"), StringComparison.Ordinal);

        var bad = await counsellor.PostFormAsync(casePage, casePage, new() { ["status"] = "archived" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var tooLong = await counsellor.PostFormAsync(casePage, casePage, new() { ["status"] = "done", ["note"] = new string('x', 5000) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task A_case_the_person_deleted_leaves_the_inbox()
    {
        await using var host = DeliveryHosts.Start(TwoOffices());
        var reference = await DeliveredCaseAsync(host, DeliveryHosts.BerlinOffice);
        var counsellor = await CounselClient.SignInAsync(host, "berlin");
        Assert.Contains(reference, await counsellor.Http.GetStringAsync("/counsel"), StringComparison.Ordinal);

        await host.Services.GetRequiredService<ICaseStore>().DeleteAsync(reference);

        Assert.DoesNotContain(reference, await counsellor.Http.GetStringAsync("/counsel?show=all"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await counsellor.Http.GetAsync($"/counsel/cases/{reference}")).StatusCode);
    }

    [Fact]
    public async Task Forms_without_the_token_of_their_page_are_refused()
    {
        await using var host = DeliveryHosts.Start(TwoOffices());
        var reference = await DeliveredCaseAsync(host, DeliveryHosts.BerlinOffice);
        var counsellor = await CounselClient.SignInAsync(host, "berlin");

        var forged = await counsellor.Http.PostAsync($"/counsel/cases/{reference}", new FormUrlEncodedContent(new Dictionary<string, string> { ["status"] = "done" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var forgedSignIn = await CounselClient.Browser(host).PostAsync("/counsel/signin",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["user"] = "berlin", ["password"] = CounselClient.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, forgedSignIn.StatusCode);
        Assert.Equal(CaseWorkStatus.New, (await host.Services.GetRequiredService<ICaseIndex>().GetAsync(reference))!.Status);
    }

    [Fact]
    public async Task Inbox_pages_load_nothing_from_other_origins_and_are_not_cached()
    {
        await using var host = DeliveryHosts.Start(TwoOffices());
        var reference = await DeliveredCaseAsync(host, DeliveryHosts.BerlinOffice);
        var counsellor = await CounselClient.SignInAsync(host, "berlin");

        foreach (var path in new[] { "/counsel/signin", "/counsel", $"/counsel/cases/{reference}" })
        {
            var response = await counsellor.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
            Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
            Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_case_without_consent_shows_no_conversation()
    {
        await using var host = DeliveryHosts.Start(TwoOffices());
        var reference = await DeliveredCaseAsync(host, DeliveryHosts.BerlinOffice, transcriptConsent: false);
        var counsellor = await CounselClient.SignInAsync(host, "berlin");
        var view = await counsellor.Http.GetStringAsync($"/counsel/cases/{reference}");
        Assert.Contains("nicht zugestimmt", view, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_instead_of_a_hash_stops_the_start_with_a_message_naming_the_setting()
    {
        var settings = DeliveryHosts.FastDelivery();
        settings["Counsel:Users:berlin:OfficeId"] = DeliveryHosts.BerlinOffice;
        settings["Counsel:Users:berlin:PasswordHash"] = "secret123";
        await using var host = DeliveryHosts.Start(settings);
        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        Assert.Contains("Counsel:Users:berlin:PasswordHash", error.ToString(), StringComparison.Ordinal);
    }
}
