using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using IqChatGuide.Guidance.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;

namespace IqChatGuide.Bot.Counsel;

/// <summary>
/// Builds the inbox's server-rendered pages: plain HTML with one same-origin style sheet, no script, every
/// value encoded. The pages are German unless the browser asks for English first.
/// </summary>
public sealed class CounselPage
{
    public const string StyleSheetPath = "/counsel/counsel.css";

    /// <summary>Same origin only; nothing may frame the pages (they show personal data).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    private static readonly TimeZoneInfo OfficeTime = FindOfficeTimeZone();
    private readonly StringBuilder _body = new();
    private readonly HttpContext _http;

    public CounselPage(HttpContext http, ILocalizerProvider localizers)
    {
        _http = http;
        Language = PreferredLanguage(http);
        Texts = localizers.ForCulture(Language);
    }

    public string Language { get; }
    public IStringLocalizer Texts { get; }

    public string T(string key) => Texts[key].Value;
    public string T(string key, params (string Name, object? Value)[] args) => Texts.Format(key, args);

    // Encodes markup characters only, so German and every other script stay readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? "");

    public CounselPage Raw(string html)
    {
        _body.Append(html);
        return this;
    }

    public CounselPage Text(string? text) => Raw(E(text));

    public string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, OfficeTime).ToString("g", CultureInfo.GetCultureInfo(Language));

    /// <summary>The hidden field that proves a form was sent from this page.</summary>
    public string AntiforgeryField()
    {
        var tokens = _http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(_http);
        return $"<input type=\"hidden\" name=\"{E(tokens.FormFieldName)}\" value=\"{E(tokens.RequestToken)}\">";
    }

    public IResult Result(string title, int statusCode = StatusCodes.Status200OK)
    {
        var user = _http.User;
        var header = new StringBuilder();
        header.Append("<header><p class=\"brand\">").Append(E(T("counsel.title"))).Append("</p>");
        if (user.Identity?.IsAuthenticated == true)
        {
            header.Append("<form method=\"post\" action=\"/counsel/signout\" class=\"signout\"><p>")
                .Append(E(T("counsel.signedInAs", ("user", user.UserName()), ("office", OfficeName(user.OfficeId())))))
                .Append(' ').Append(AntiforgeryField())
                .Append("<button type=\"submit\">").Append(E(T("counsel.signout"))).Append("</button></p></form>");
        }
        header.Append("</header>");

        var html = $"""
            <!doctype html>
            <html lang="{Language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>{E(title)} – {E(T("counsel.title"))}</title>
            <link rel="stylesheet" href="{StyleSheetPath}">
            </head>
            <body>
            {header}
            <main id="main">
            {_body}
            </main>
            </body>
            </html>
            """;
        Secure(_http.Response);
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    private string OfficeName(string? officeId) =>
        officeId is null ? "" : _http.RequestServices.GetRequiredService<Guidance.Routing.OfficeDirectory>().Find(officeId)?.Name ?? officeId;

    /// <summary>Headers of every inbox response: no caching of personal data, no framing, same-origin only.</summary>
    public static void Secure(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
    }

    private static string PreferredLanguage(HttpContext http)
    {
        var languages = http.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? "");
        foreach (var tag in languages)
        {
            if (tag.StartsWith("de", StringComparison.OrdinalIgnoreCase)) return "de";
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return "en";
        }
        return "de";
    }

    private static TimeZoneInfo FindOfficeTimeZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }

    public const string StyleSheet = """
        :root { font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff; }
        body { margin: 0 auto; max-width: 60rem; padding: 0 1rem 2rem; }
        header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; border-bottom: 2px solid #004b87; margin-bottom: 1rem; }
        .brand { font-weight: 700; color: #004b87; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid #ccc; vertical-align: top; }
        dl { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: .25rem 1rem; }
        dt { font-weight: 600; }
        dd { margin: 0; white-space: pre-line; }
        label { display: block; font-weight: 600; margin-top: .75rem; }
        input, select, textarea, button { font: inherit; }
        input, select, textarea { padding: .3rem; border: 1px solid #555; border-radius: 3px; max-width: 100%; }
        textarea { width: 100%; min-height: 6rem; }
        button { margin-top: .75rem; padding: .4rem 1rem; background: #004b87; color: #fff; border: 0; border-radius: 3px; cursor: pointer; }
        .signout button { margin: 0; background: #555; }
        :focus-visible { outline: 3px solid #f0a000; outline-offset: 2px; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        .error { color: #a00000; font-weight: 600; }
        .ok { color: #1a6b1a; font-weight: 600; }
        ol.transcript { list-style: none; padding: 0; }
        ol.transcript li { margin: .4rem 0; padding: .4rem .6rem; border-left: 4px solid #999; background: #f5f5f5; white-space: pre-line; }
        ol.transcript li.person { border-color: #004b87; }
        ol.transcript li.counsellor { border-color: #1a6b1a; }
        """;
}
