using IqChatGuide.Bot.DirectLine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Tests.DirectLine;

public sealed class DirectLineTokenTests
{
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "Test";
        public string ContentRootPath { get; set; } = root;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }

    private static DirectLineTokens Tokens(TimeProvider clock, DirectLineOptions? options = null, string? root = null)
    {
        options ??= new DirectLineOptions { SigningKey = WidgetBotServer.SigningKey };
        var key = new DirectLineSigningKey(Options.Create(options), new Environment(root ?? Path.GetTempPath()), NullLogger<DirectLineSigningKey>.Instance);
        return new DirectLineTokens(key, Options.Create(options), clock);
    }

    [Fact]
    public void A_token_stops_working_when_its_lifetime_is_over()
    {
        var clock = new Clock(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
        var tokens = Tokens(clock);
        var token = tokens.Sign(tokens.NewConversation("de"));

        clock.Now += TimeSpan.FromMinutes(29);
        Assert.NotNull(tokens.Validate(token));
        clock.Now += TimeSpan.FromMinutes(2);
        Assert.Null(tokens.Validate(token));
    }

    [Fact]
    public void A_token_signed_with_another_key_is_refused()
    {
        var clock = new Clock(DateTimeOffset.UtcNow);
        var other = Tokens(clock, new DirectLineOptions { SigningKey = Convert.ToBase64String(new byte[32]) });
        var token = other.Sign(other.NewConversation(null));

        Assert.Null(Tokens(clock).Validate(token));
    }

    [Fact]
    public void Without_a_configured_key_one_is_generated_once_and_kept_for_the_next_start()
    {
        var root = Directory.CreateTempSubdirectory("iq-dl-key-").FullName;
        try
        {
            var clock = new Clock(DateTimeOffset.UtcNow);
            var first = Tokens(clock, new DirectLineOptions(), root);
            var token = first.Sign(first.NewConversation("ar"));

            var afterRestart = Tokens(clock, new DirectLineOptions(), root);

            Assert.Equal("ar", afterRestart.Validate(token)?.Locale);
            Assert.True(File.Exists(Path.Combine(root, "data-store", "directline-signing.key")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_configured_key_that_is_too_short_stops_the_start()
    {
        Assert.Throws<OptionsValidationException>(() =>
            Tokens(new Clock(DateTimeOffset.UtcNow), new DirectLineOptions { SigningKey = Convert.ToBase64String(new byte[8]) }));
    }
}
