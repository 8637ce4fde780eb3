using System.Text;
using IqChatGuide.Bot.Delivery;
using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Localization;
using IqChatGuide.Guidance.Routing;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Counsel;

/// <summary>The counsellor inbox: sign-in, the office's cases, one case with its summary, conversation, status and note.</summary>
internal static class CounselEndpoints
{
    public const int MaxNoteLength = 4000;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(CounselPage.StyleSheetPath, (HttpContext http) =>
        {
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Text(CounselPage.StyleSheet, "text/css; charset=utf-8");
        });

        app.MapGet("/counsel/signin", (HttpContext http, ILocalizerProvider localizers, string? returnUrl) =>
            SignInPage(new CounselPage(http, localizers), returnUrl, failed: false));

        app.MapPost("/counsel/signin", async (HttpContext http, ILocalizerProvider localizers, CounselSignIn signIn,
            [FromForm] string? user, [FromForm] string? password, [FromForm] string? returnUrl) =>
        {
            if (await FormRefusedAsync(http) is { } refused) return refused;
            var officeId = signIn.Check(user, password);
            if (officeId is null) return SignInPage(new CounselPage(http, localizers), returnUrl, failed: true);
            await http.SignInAsync(CounselAuth.Scheme, CounselAuth.Principal(user!.Trim(), officeId));
            return Results.Redirect(LocalReturnUrl(returnUrl));
        }).DisableAntiforgery();

        app.MapPost("/counsel/signout", async (HttpContext http, [FromForm] string? unused) =>
        {
            if (await FormRefusedAsync(http) is { } refused) return refused;
            await http.SignOutAsync(CounselAuth.Scheme);
            return Results.Redirect("/counsel/signin");
        }).RequireAuthorization(CounselAuth.Policy).DisableAntiforgery();

        app.MapGet("/counsel", InboxAsync).RequireAuthorization(CounselAuth.Policy);
        app.MapGet("/counsel/cases/{reference}", CaseAsync).RequireAuthorization(CounselAuth.Policy);
        app.MapPost("/counsel/cases/{reference}", UpdateAsync).RequireAuthorization(CounselAuth.Policy).DisableAntiforgery();
        app.MapPost("/counsel/cases/{reference}/takeover", (HttpContext http, string reference, CancellationToken ct) =>
            LiveAsync(http, reference, (chat, c, token) => chat.TakeOverAsync(c, http.User.UserName(), token), ct))
            .RequireAuthorization(CounselAuth.Policy).DisableAntiforgery();
        app.MapPost("/counsel/cases/{reference}/messages", (HttpContext http, string reference, [FromForm] string? text, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(text) || text.Length > LiveChat.LiveChat.MaxMessageLength
                ? Task.FromResult(Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: $"text must be 1 to {LiveChat.LiveChat.MaxMessageLength} characters."))
                : LiveAsync(http, reference, async (chat, c, token) =>
                {
                    if (await chat.CurrentAsync(c, token) is null) await chat.TakeOverAsync(c, http.User.UserName(), token);
                    await chat.SayAsync(c, text.Trim(), token);
                }, ct))
            .RequireAuthorization(CounselAuth.Policy).DisableAntiforgery();
        app.MapPost("/counsel/cases/{reference}/handback", (HttpContext http, string reference, CancellationToken ct) =>
            LiveAsync(http, reference, (chat, c, token) => chat.HandBackAsync(c, token), ct))
            .RequireAuthorization(CounselAuth.Policy).DisableAntiforgery();
    }

    /// <summary>
    /// Every form of the inbox carries the anti-forgery token of the page it came from (checked here rather
    /// than by middleware, so the inbox needs nothing in the host's pipeline); null when the form is genuine.
    /// </summary>
    private static async Task<IResult?> FormRefusedAsync(HttpContext http)
    {
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            CounselPage.Secure(http.Response);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The form has expired or did not come from this site. Reload the page and send it again.");
        }
    }

    private static IResult SignInPage(CounselPage page, string? returnUrl, bool failed)
    {
        page.Raw("<h1>").Text(page.T("counsel.signin.heading")).Raw("</h1>");
        if (failed) page.Raw("<p class=\"error\" role=\"alert\">").Text(page.T("counsel.signin.failed")).Raw("</p>");
        page.Raw("<form method=\"post\" action=\"/counsel/signin\">")
            .Raw(page.AntiforgeryField())
            .Raw($"<input type=\"hidden\" name=\"returnUrl\" value=\"{CounselPage.E(LocalReturnUrl(returnUrl))}\">")
            .Raw("<label for=\"user\">").Text(page.T("counsel.signin.user")).Raw("</label>")
            .Raw("<input id=\"user\" name=\"user\" autocomplete=\"username\" required>")
            .Raw("<label for=\"password\">").Text(page.T("counsel.signin.password")).Raw("</label>")
            .Raw("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>")
            .Raw("<p><button type=\"submit\">").Text(page.T("counsel.signin.submit")).Raw("</button></p></form>");
        return page.Result(page.T("counsel.signin.heading"), failed ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK);
    }

    /// <summary>Only a page of the inbox; never another site (no open redirect).</summary>
    private static string LocalReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith("/counsel", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\')
            ? url : "/counsel";

    private static async Task<IResult> InboxAsync(HttpContext http, ILocalizerProvider localizers, ICaseIndex index,
        ICaseStore cases, ICaseOutbox outbox, IOptions<DeliveryOptions> delivery, string? show, CancellationToken ct)
    {
        var page = new CounselPage(http, localizers);
        var officeId = http.User.OfficeId()!;
        var all = show == "all";
        var rows = new StringBuilder();
        foreach (var entry in await index.ListAsync(officeId, ct))
        {
            if (!all && entry.Status == CaseWorkStatus.Done) continue;
            if (await cases.GetAsync(entry.Reference, ct) is null)
            {
                // The person deleted their data: the case leaves the inbox too.
                await index.RemoveAsync(entry.Reference, ct);
                continue;
            }
            var outboxEntry = await outbox.GetAsync(entry.Reference, ct);
            rows.Append("<tr><td><a href=\"/counsel/cases/").Append(CounselPage.E(entry.Reference)).Append("\">")
                .Append(CounselPage.E(entry.Reference)).Append("</a></td><td>")
                .Append(CounselPage.E(page.Time(entry.CreatedAt))).Append("</td><td>")
                .Append(CounselPage.E(StatusText(page, entry.Status))).Append("</td><td>")
                .Append(CounselPage.E(DeliveryText(page, outboxEntry, delivery.Value.RouteNames(entry.OfficeId)))).Append("</td><td>")
                .Append(string.IsNullOrWhiteSpace(entry.Note) ? "" : CounselPage.E(page.T("counsel.inbox.hasNote"))).Append("</td></tr>");
        }

        var heading = page.T(all ? "counsel.inbox.all" : "counsel.inbox.open");
        page.Raw("<h1>").Text(heading).Raw("</h1>")
            .Raw(all ? "<p><a href=\"/counsel\">" : "<p><a href=\"/counsel?show=all\">")
            .Text(page.T(all ? "counsel.inbox.showOpen" : "counsel.inbox.showAll")).Raw("</a></p>");
        if (rows.Length == 0)
        {
            page.Raw("<p>").Text(page.T("counsel.inbox.empty")).Raw("</p>");
        }
        else
        {
            page.Raw("<table><caption class=\"visually-hidden\">").Text(heading).Raw("</caption><thead><tr>");
            foreach (var key in (string[])["reference", "received", "status", "delivery", "note"])
                page.Raw("<th scope=\"col\">").Text(page.T("counsel.inbox." + key)).Raw("</th>");
            page.Raw("</tr></thead><tbody>").Raw(rows.ToString()).Raw("</tbody></table>");
        }
        return page.Result(heading);
    }

    private static async Task<IResult> CaseAsync(HttpContext http, ILocalizerProvider localizers, ICaseIndex index,
        ICaseStore cases, ICaseOutbox outbox, IOptions<DeliveryOptions> delivery, CaseSummaryBuilder summaries, CaseTranscript transcripts,
        string reference, string? saved, CancellationToken ct)
    {
        var page = new CounselPage(http, localizers);
        var own = await OwnCaseAsync(http, index, cases, reference, ct);
        if (own is not var (guidanceCase, entry)) return NotFound(page);

        var summary = summaries.Build(guidanceCase);
        var outboxEntry = await outbox.GetAsync(guidanceCase.Reference, ct);
        page.Raw("<p><a href=\"/counsel\">").Text(page.T("counsel.case.back")).Raw("</a></p>")
            .Raw("<h1>").Text(page.T("counsel.case.heading", ("reference", guidanceCase.Reference))).Raw("</h1>");
        if (saved == "1") page.Raw("<p class=\"ok\" role=\"status\">").Text(page.T("counsel.case.saved")).Raw("</p>");

        page.Raw("<section aria-labelledby=\"summary\"><h2 id=\"summary\">").Text(page.T("counsel.case.summary")).Raw("</h2><dl>");
        foreach (var field in summary.ForOffice.Fields)
            page.Raw("<dt>").Text(field.Label).Raw("</dt><dd>").Text(field.Value).Raw("</dd>");
        if (summary.AdditionalOffices.Count > 0)
            page.Raw("<dt>").Text(page.T("counsel.case.additionalOffices")).Raw("</dt><dd>")
                .Text(string.Join(", ", summary.AdditionalOffices.Select(o => o.Name))).Raw("</dd>");
        page.Raw("</dl></section>");

        page.Raw("<section aria-labelledby=\"work\"><h2 id=\"work\">").Text(page.T("counsel.case.work")).Raw("</h2>")
            .Raw($"<form method=\"post\" action=\"/counsel/cases/{CounselPage.E(guidanceCase.Reference)}\">").Raw(page.AntiforgeryField())
            .Raw("<label for=\"status\">").Text(page.T("counsel.case.status")).Raw("</label><select id=\"status\" name=\"status\">");
        foreach (var status in Enum.GetValues<CaseWorkStatus>())
            page.Raw($"<option value=\"{StatusValue(status)}\"{(status == entry.Status ? " selected" : "")}>").Text(StatusText(page, status)).Raw("</option>");
        page.Raw("</select><label for=\"note\">").Text(page.T("counsel.case.note")).Raw("</label>")
            .Raw($"<textarea id=\"note\" name=\"note\" maxlength=\"{MaxNoteLength}\">").Text(entry.Note).Raw("</textarea>")
            .Raw("<p><button type=\"submit\">").Text(page.T("counsel.case.save")).Raw("</button></p></form>");
        if (entry.UpdatedAt is { } at)
            page.Raw("<p>").Text(page.T("counsel.case.updatedBy", ("user", entry.UpdatedBy), ("time", page.Time(at)))).Raw("</p>");
        page.Raw("</section>");

        await LiveSectionAsync(page, http.RequestServices.GetRequiredService<LiveChat.LiveChat>(), guidanceCase, ct);

        page.Raw("<section aria-labelledby=\"conversation\"><h2 id=\"conversation\">").Text(page.T("counsel.case.conversation")).Raw("</h2>");
        var transcript = await transcripts.ReadAsync(guidanceCase, ct);
        if (!guidanceCase.TranscriptConsent) page.Raw("<p>").Text(page.T("counsel.case.noConsent")).Raw("</p>");
        else if (transcript is null) page.Raw("<p>").Text(page.T("counsel.case.noTranscript")).Raw("</p>");
        else
        {
            page.Raw("<ol class=\"transcript\">");
            foreach (var line in transcript)
                page.Raw($"<li class=\"{line.Role}\"><strong>").Text(RoleText(page, line.Role)).Raw(":</strong> ").Text(line.Text).Raw("</li>");
            page.Raw("</ol>");
        }
        page.Raw("</section>");

        page.Raw("<section aria-labelledby=\"delivery\"><h2 id=\"delivery\">").Text(page.T("counsel.case.deliveryHeading")).Raw("</h2><p>")
            .Text(DeliveryText(page, outboxEntry, delivery.Value.RouteNames(guidanceCase.OfficeId))).Raw("</p>");
        if (outboxEntry is { DeliveredAt: null, LastError: { } error })
            page.Raw("<p>").Text(page.T("counsel.delivery.lastError", ("error", error))).Raw("</p>");
        page.Raw("</section>");
        return page.Result(page.T("counsel.case.heading", ("reference", guidanceCase.Reference)));
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, ILocalizerProvider localizers, ICaseIndex index, ICaseStore cases,
        string reference, [FromForm] string? status, [FromForm] string? note, CancellationToken ct)
    {
        if (await FormRefusedAsync(http) is { } refused) return refused;
        var own = await OwnCaseAsync(http, index, cases, reference, ct);
        if (own is null) return NotFound(new CounselPage(http, localizers));
        if (ParseStatus(status) is not { } parsed)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "status must be new, inProgress or done.");
        if (note is { Length: > MaxNoteLength })
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: $"note must be at most {MaxNoteLength} characters.");
        await index.UpdateAsync(own.Value.Case.Reference, parsed, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), http.User.UserName(), ct);
        return Results.Redirect($"/counsel/cases/{own.Value.Case.Reference}?saved=1");
    }

    private static async Task<IResult> LiveAsync(HttpContext http, string reference, Func<LiveChat.LiveChat, GuidanceCase, CancellationToken, Task> action, CancellationToken ct)
    {
        if (await FormRefusedAsync(http) is { } refused) return refused;
        var services = http.RequestServices;
        var own = await OwnCaseAsync(http, services.GetRequiredService<ICaseIndex>(), services.GetRequiredService<ICaseStore>(), reference, ct);
        if (own is null) return NotFound(new CounselPage(http, services.GetRequiredService<ILocalizerProvider>()));
        var chat = services.GetRequiredService<LiveChat.LiveChat>();
        if (!await chat.IsAvailableAsync(own.Value.Case, ct))
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, detail: "This case has no widget conversation that can be taken over.");
        await action(chat, own.Value.Case, ct);
        return Results.Redirect($"/counsel/cases/{own.Value.Case.Reference}#live");
    }

    private static async Task LiveSectionAsync(CounselPage page, LiveChat.LiveChat chat, GuidanceCase guidanceCase, CancellationToken ct)
    {
        var path = "/counsel/cases/" + CounselPage.E(guidanceCase.Reference);
        page.Raw("<section aria-labelledby=\"live\"><h2 id=\"live\">").Text(page.T("counsel.live.heading")).Raw("</h2>");
        if (!await chat.IsAvailableAsync(guidanceCase, ct))
        {
            page.Raw("<p>").Text(page.T("counsel.live.unavailable")).Raw("</p></section>");
            return;
        }
        if (await chat.CurrentAsync(guidanceCase, ct) is not { } takeover)
        {
            page.Raw($"<form method=\"post\" action=\"{path}/takeover\">").Raw(page.AntiforgeryField())
                .Raw("<button type=\"submit\" id=\"take-over\">").Text(page.T("counsel.live.takeOver")).Raw("</button></form></section>");
            return;
        }
        page.Raw("<p role=\"status\">").Text(page.T("counsel.live.active", ("user", takeover.Counsellor), ("time", page.Time(takeover.Since)))).Raw("</p>")
            .Raw($"<form method=\"post\" action=\"{path}/messages\">").Raw(page.AntiforgeryField())
            .Raw("<label for=\"text\">").Text(page.T("counsel.live.message")).Raw("</label>")
            .Raw($"<textarea id=\"text\" name=\"text\" required maxlength=\"{LiveChat.LiveChat.MaxMessageLength}\"></textarea>")
            .Raw("<p><button type=\"submit\" id=\"send\">").Text(page.T("counsel.live.send")).Raw("</button></p></form>")
            .Raw($"<p><a href=\"{path}#conversation\" id=\"refresh\">").Text(page.T("counsel.live.refresh")).Raw("</a></p>")
            .Raw($"<form method=\"post\" action=\"{path}/handback\">").Raw(page.AntiforgeryField())
            .Raw("<button type=\"submit\" id=\"hand-back\">").Text(page.T("counsel.live.handBack")).Raw("</button></form></section>");
    }

    /// <summary>A case of the signed-in counsellor's own office; null for any other (the same answer as for a missing case).</summary>
    internal static async Task<(GuidanceCase Case, CaseIndexEntry Entry)?> OwnCaseAsync(HttpContext http, ICaseIndex index, ICaseStore cases, string reference, CancellationToken ct)
    {
        if (CaseReference.TryNormalize(reference) is not { } normalized) return null;
        var officeId = http.User.OfficeId();
        var entry = await index.GetAsync(normalized, ct);
        if (entry is null || officeId is null || entry.OfficeId != officeId) return null;
        var guidanceCase = await cases.GetAsync(normalized, ct);
        if (guidanceCase is null || guidanceCase.OfficeId != officeId) return null;
        return (guidanceCase, entry);
    }

    private static IResult NotFound(CounselPage page)
    {
        page.Raw("<h1>404</h1><p><a href=\"/counsel\">").Text(page.T("counsel.case.back")).Raw("</a></p>");
        return page.Result("404", StatusCodes.Status404NotFound);
    }

    internal static string StatusValue(CaseWorkStatus status) => status switch
    {
        CaseWorkStatus.InProgress => "inProgress",
        CaseWorkStatus.Done => "done",
        _ => "new",
    };

    private static CaseWorkStatus? ParseStatus(string? value) => value switch
    {
        "new" => CaseWorkStatus.New,
        "inProgress" => CaseWorkStatus.InProgress,
        "done" => CaseWorkStatus.Done,
        _ => null,
    };

    private static string StatusText(CounselPage page, CaseWorkStatus status) => page.T("counsel.status." + StatusValue(status));

    private static string RoleText(CounselPage page, string role) => role switch
    {
        CaseTranscript.PersonRole => page.T("counsel.case.person"),
        CaseTranscript.CounsellorRole => page.T("counsel.case.counsellor"),
        _ => page.T("counsel.case.bot"),
    };

    private static string DeliveryText(CounselPage page, CaseDelivery? delivery, IReadOnlyList<string> routes)
    {
        if (delivery is null) return "";
        if (delivery.DeliveredAt is null) return page.T("counsel.delivery.pending", ("count", delivery.Attempts));
        if (routes.Count == 0) return page.T("counsel.delivery.inbox");
        return page.T("counsel.delivery.delivered") + " (" + string.Join(", ", routes.Select(r => page.T("counsel.delivery." + r))) + ")";
    }
}
