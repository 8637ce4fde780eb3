using System.Net;
using System.Text.RegularExpressions;
using IqChatGuide.Bot.Counsel;
using IqChatGuide.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IqChatGuide.Bot.Tests.Counsel;

/// <summary>A counsellor's browser session on the inbox: cookies kept, redirects not followed (so tests see them).</summary>
public sealed partial class CounselClient(HttpClient http)
{
    public const string Password = "correct horse battery staple";

    public HttpClient Http { get; } = http;

    /// <summary>Counsel:Users settings for one counsellor per office (hash made with the minimum cost to keep tests fast).</summary>
    public static Dictionary<string, string?> WithUser(Dictionary<string, string?> settings, string user, string officeId, string password = Password)
    {
        settings[$"Counsel:Users:{user}:OfficeId"] = officeId;
        settings[$"Counsel:Users:{user}:PasswordHash"] = PasswordHash.Create(password, 100_000);
        return settings;
    }

    public static HttpClient Browser(BotHost host) =>
        host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static Task<CounselClient> SignInAsync(BotHost host, string user, string password = Password) =>
        SignInAsync(Browser(host), user, password);

    /// <summary>A browser against a host on a real port (cookies kept, redirects not followed).</summary>
    public static HttpClient Browser(Uri address) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };

    public static async Task<CounselClient> SignInAsync(HttpClient browser, string user, string password = Password)
    {
        var client = new CounselClient(browser);
        var response = await client.PostFormAsync("/counsel/signin", "/counsel/signin", new() { ["user"] = user, ["password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/counsel", response.Headers.Location?.OriginalString);
        return client;
    }

    /// <summary>Opens the page with the form (for its anti-forgery token), then sends the form.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await Http.GetStringAsync(formPage);
        var token = TokenField().Match(page);
        Assert.True(token.Success, "the form has no anti-forgery token");
        fields[token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value);
        return await Http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken)\" value=\"(?<value>[^\"]+)\">")]
    private static partial Regex TokenField();
}
