using System.Text.Json.Nodes;
using IqChatGuide.Guidance;
using IqChatGuide.Guidance.Assessment;
using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Localization;
using IqChatGuide.Guidance.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Tests.Offices;

/// <summary>The routing services as the host registers them, and the start-up check of the data files.</summary>
public class RoutingStartupTests
{
    private static readonly ContentPaths Paths = ContentPaths.NextToBinaries();

    [Fact]
    public void Registers_the_router_assessment_and_summaries_as_singletons()
    {
        using var provider = new ServiceCollection()
            .AddGuideLanguages(Paths)
            .AddGuideRouting(Paths)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Same(provider.GetRequiredService<IResidenceRouter>(), provider.GetRequiredService<IResidenceRouter>());
        Assert.Equal(RoutingStatus.Resolved, provider.GetRequiredService<IResidenceRouter>().RouteInGermany("10115").Status);
        Assert.NotNull(provider.GetRequiredService<ProfessionAssessor>());
        Assert.NotNull(provider.GetRequiredService<CaseSummaryBuilder>());
        Assert.NotNull(provider.GetRequiredService<GuidanceCaseFactory>());
    }

    [Fact]
    public void Start_fails_with_a_message_naming_the_entry_and_field_when_the_offices_file_is_broken()
    {
        var data = Directory.CreateTempSubdirectory("routing-data-");
        try
        {
            foreach (var file in Directory.GetFiles(Paths.Data, "*.json"))
                File.Copy(file, Path.Combine(data.FullName, Path.GetFileName(file)));
            var officesPath = Path.Combine(data.FullName, OfficeDirectory.FileName);
            var root = JsonNode.Parse(File.ReadAllText(officesPath))!;
            root["offices"]!.AsArray().First(o => (string?)o!["id"] == "sn-counselling")!.AsObject().Remove("reviewBy");
            File.WriteAllText(officesPath, root.ToJsonString());

            using var provider = new ServiceCollection()
                .AddGuideLanguages(Paths)
                .AddGuideRouting(new ContentPaths(Paths.Locales, data.FullName))
                .BuildServiceProvider();

            Exception error = Assert.ThrowsAny<Exception>(new Action(() => provider.GetRequiredService<IStartupValidator>().Validate()));
            var message = error is AggregateException aggregate ? string.Join(" ", aggregate.InnerExceptions.Select(e => e.Message)) : error.Message;
            Assert.Contains("entry 'sn-counselling'", message);
            Assert.Contains("'reviewBy'", message);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public void Start_warns_about_entries_past_their_review_date_but_still_routes()
    {
        var logs = new CollectingLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs))
            .AddSingleton<TimeProvider>(new LaterTime(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        using var provider = services
            .AddGuideLanguages(Paths)
            .AddGuideRouting(Paths)
            .BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Contains(logs.Messages, m => m.Contains("'hotline'") && m.Contains("due for review"));
        Assert.Contains(logs.Messages, m => m.Contains("postal-codes.json") && m.Contains("due for review"));
        Assert.Equal(RoutingStatus.Resolved, provider.GetRequiredService<IResidenceRouter>().RouteInGermany("80331").Status);
    }

    private sealed class LaterTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class CollectingLoggerProvider : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Messages { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Collector(Messages);
        public void Dispose() { }

        private sealed class Collector(System.Collections.Concurrent.ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }
}
