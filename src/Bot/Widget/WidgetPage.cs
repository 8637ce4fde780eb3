using System.Net;
using System.Security.Cryptography;
using IqChatGuide.Guidance.Languages;
using Microsoft.Net.Http.Headers;

namespace IqChatGuide.Bot.Widget;

/// <summary>
/// The chat page: the demo page at / (heading, language choice, chat) and the bare chat at /chat that
/// embed.js puts in a frame. Rendered per request, for the language and a fresh CSP nonce.
/// </summary>
internal static class WidgetPage
{
    /// <summary>Each language named in itself, for the language menu.</summary>
    private static readonly IReadOnlyDictionary<string, string> Endonyms = new Dictionary<string, string>
    {
        ["de"] = "Deutsch", ["en"] = "English", ["ar"] = "العربية", ["fa"] = "فارسی", ["fr"] = "Français",
        ["pl"] = "Polski", ["ro"] = "Română", ["ru"] = "Русский", ["sr"] = "Srpski", ["es"] = "Español",
        ["tr"] = "Türkçe", ["uk"] = "Українська",
    };

    public static IResult Render(HttpContext http, bool embedded, IReadOnlyList<string> frameAncestors)
    {
        var lang = Language(http);
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        string T(string key) => WebUtility.HtmlEncode(WidgetTexts.Get(http.RequestServices, lang, key));
        // A text that is not translated yet comes in English: say so, so that it reads left to right
        // inside a right-to-left page and a screen reader pronounces it as English.
        string L(string key) => WidgetTexts.LanguageOf(lang, key) is var actual && actual != lang
            ? $" lang=\"{actual}\" dir=\"{(SupportedLanguages.IsRightToLeft(actual) ? "rtl" : "ltr")}\""
            : "";

        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce, frameAncestors);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers.CacheControl = "no-store";
        headers.Vary = HeaderNames.AcceptLanguage;

        var dir = SupportedLanguages.IsRightToLeft(lang) ? "rtl" : "ltr";
        var options = string.Concat(SupportedLanguages.All.Select(code =>
            $"<option value=\"{code}\" lang=\"{code}\"{(code == lang ? " selected" : "")}>{WebUtility.HtmlEncode(Endonyms[code])}</option>"));

        var header = embedded ? "" : $"""
            <header class="page-header">
              <h1{L("widget.page.heading")}>{T("widget.page.heading")}</h1>
              <p{L("widget.page.intro")}>{T("widget.page.intro")}</p>
              <form class="language-form" method="get" action="/">
                <label for="lang"{L("widget.page.language")}>{T("widget.page.language")}</label>
                <select id="lang" name="lang">{options}</select>
                <button type="submit"{L("widget.page.languageSubmit")}>{T("widget.page.languageSubmit")}</button>
              </form>
            </header>
            """;

        var html = $"""
            <!doctype html>
            <html lang="{lang}" dir="{dir}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title{L("widget.page.title")}>{T("widget.page.title")}</title>
              <link rel="stylesheet" href="/widget.css">
            </head>
            <body class="{(embedded ? "embedded" : "demo")}">
            {header}
            <p class="privacy"{L("widget.page.privacy")}>{T("widget.page.privacy")}</p>
            <main>
              <section id="webchat" class="chat" role="region" aria-label="{T("widget.page.chatLabel")}" data-unavailable="{T("widget.page.unavailable")}">
                <p id="chat-status" class="chat-status" role="status"{L("widget.page.loading")}>{T("widget.page.loading")}</p>
              </section>
            </main>
            <script src="/lib/webchat.js" nonce="{nonce}"></script>
            <script src="/widget.js" nonce="{nonce}"></script>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>?lang= first (the language menu, embed.js), else the browser's languages, else English.</summary>
    internal static string Language(HttpContext http)
    {
        if (SupportedLanguages.FromCulture(http.Request.Query["lang"].FirstOrDefault()) is { } chosen) return chosen;
        var accepted = http.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var language in accepted)
        {
            if (SupportedLanguages.FromCulture(language.Value.Value) is { } supported) return supported;
        }
        return SupportedLanguages.Default;
    }

    /// <summary>
    /// Everything from the bot's own origin only. Styles Web Chat inserts at run time carry the nonce;
    /// connections go only to the bot's Direct Line.
    /// </summary>
    private const string EmptyStyleHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    private static string ContentSecurityPolicy(string nonce, IReadOnlyList<string> frameAncestors) =>
        string.Join("; ",
            "default-src 'none'",
            $"script-src 'self' 'nonce-{nonce}'",
            // Some of Web Chat's style sheets start as an empty <style> without the nonce and are then
            // filled through the CSSOM; the hash below allows exactly that empty element, nothing else.
            $"style-src 'self' 'nonce-{nonce}' '{EmptyStyleHash}'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "media-src 'self' blob:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors " + string.Join(' ', ["'self'", .. frameAncestors]));
}
