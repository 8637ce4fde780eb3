using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IqChatGuide.Bot.Tests.Infrastructure;

/// <summary>The real host (Program) in memory, with settings of the test's choice.</summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _echo;

    /// <param name="echo">true: the <see cref="EchoTestBot"/> instead of the conversation (host tests); false: the registered bot.</param>
    public BotHost(Dictionary<string, string?> settings, bool echo = true)
    {
        _settings = settings;
        _echo = echo;
    }

    public static BotHost Memory(bool echo = true) => new(new() { ["Storage:Provider"] = "Memory" }, echo);

    public static BotHost Redis(string connectionString, string prefix, bool echo = true) => new(new()
    {
        ["Storage:Provider"] = "Redis",
        ["ConnectionStrings:Redis"] = connectionString,
        ["Storage:RedisKeyPrefix"] = prefix,
    }, echo);

    public static BotHost Sqlite(string file, bool echo = true) => new(new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={file}",
    }, echo);

    /// <summary>True when the conversation from src/Dialogs registered a bot (otherwise tests fall back to the echo bot).</summary>
    public static bool ConversationAvailable()
    {
        var services = new ServiceCollection();
        IqChatGuide.Dialogs.DialogsServiceCollectionExtensions.AddGuideDialogs(services);
        return services.Any(d => d.ServiceType == typeof(IBot));
    }

    /// <summary>Everything the host logged, formatted, with exceptions (to prove personal data stays out).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logs)));
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            if (_echo || !services.Any(d => d.ServiceType == typeof(IBot)))
            {
                services.RemoveAll<IBot>();
                services.AddTransient<IBot, EchoTestBot>();
            }
        });
    }

    public ConversationClient Conversation(string? id = null, string locale = "en") => new(CreateClient(), id ?? Guid.NewGuid().ToString("N"), locale);
}
