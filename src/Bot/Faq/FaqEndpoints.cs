using System.Security.Cryptography;
using System.Text;
using IqChatGuide.Bot.Storage;
using IqChatGuide.Guidance.Faq;
using IqChatGuide.Guidance.Languages;

namespace IqChatGuide.Bot.Faq;

public static class FaqEndpoints
{
    /// <summary>Header that carries the operator key for the unanswered-questions report.</summary>
    public const string OperatorKeyHeader = "X-Operator-Key";

    /// <summary>GET /api/faq?q=…&amp;lang=… and, for operators, GET /api/faq/unanswered.</summary>
    public static IEndpointRouteBuilder MapFaqApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/faq", async (string? q, string? lang, IFaqAnswerer faq, IFaqInsights insights, CancellationToken cancellationToken) =>
            {
                if (string.IsNullOrWhiteSpace(q))
                    return Problem("The question is missing", "Pass the question as q, e.g. /api/faq?q=how+much+does+it+cost.");
                if (q.Length > FaqAnswerer.MaxQuestionLength)
                    return Problem("The question is too long", $"q has {q.Length} characters; at most {FaqAnswerer.MaxQuestionLength} are accepted.");
                string? language = null;
                if (!string.IsNullOrWhiteSpace(lang))
                {
                    language = SupportedLanguages.FromCulture(lang);
                    if (language is null)
                        return Problem("Unsupported language", $"lang '{Shorten(lang)}' is not supported; use one of {string.Join(", ", SupportedLanguages.All)}, or leave it out to detect the language.");
                }

                var result = faq.Ask(q, language);
                // Anonymous callers have not consented to anything and own nothing: only the counts change.
                await insights.RecordAsync(result, q, consented: false, owner: null, cancellationToken).ConfigureAwait(false);
                return Results.Ok(FaqResponse.From(result));
            })
            .WithName("GetFaqAnswer");

        app.MapGet("/api/faq/unanswered", async (HttpRequest request, IConfiguration config, IFaqInsights insights, CancellationToken cancellationToken) =>
            {
                FaqInsightsReport report;
                try
                {
                    report = await insights.SnapshotAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (StorageUnavailableException)
                {
                    return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The FAQ insights are not available right now",
                        detail: "The storage that keeps them does not answer; try again in a moment.");
                }
                var key = config["Faq:OperatorKey"];
                // Kept question texts are personal data given with consent: only for operators with the key.
                var showTexts = !string.IsNullOrEmpty(key) && KeyMatches(request.Headers[OperatorKeyHeader].ToString(), key);
                return Results.Ok(new UnansweredResponse(
                    report.Rows.Where(r => r.Unanswered + r.LowConfidence + r.Helpful + r.NotHelpful > 0).ToList(),
                    showTexts ? report.KeptQuestions : null)
                {
                    Feedback = FaqFeedbackRow.From(report.Rows),
                });
            })
            .WithName("GetFaqUnanswered");
        return app;
    }

    private static IResult Problem(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    private static string Shorten(string s) => s.Length <= 20 ? s : s[..20] + "…";

    private static bool KeyMatches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}

/// <summary>The body of GET /api/faq (DESIGN §7), plus the topics offered when the answer is not sure.</summary>
public sealed record FaqResponse(string Lang, string? Topic, double Score, string? Answer, IReadOnlyList<FaqSuggestionResponse> Suggestions)
{
    public static FaqResponse From(FaqResult r) =>
        new(r.Lang, r.Topic, r.Score, r.Answer, r.Suggestions.Select(s => new FaqSuggestionResponse(s.Topic, s.Title)).ToList());
}

public sealed record FaqSuggestionResponse(string Topic, string Title);

/// <summary>The body of GET /api/faq/unanswered; <see cref="KeptQuestions"/> only with the operator key.</summary>
public sealed record UnansweredResponse(IReadOnlyList<FaqInsightRow> Rows, IReadOnlyList<FaqKeptQuestion>? KeptQuestions)
{
    /// <summary>The rated answers, those rated "not helpful" most often first: where the texts need work.</summary>
    public IReadOnlyList<FaqFeedbackRow> Feedback { get; init; } = [];
}

/// <summary>"Was that helpful?" for one topic in one language: counts only.</summary>
public sealed record FaqFeedbackRow(string Lang, string Topic, int Helpful, int NotHelpful)
{
    public static IReadOnlyList<FaqFeedbackRow> From(IEnumerable<FaqInsightRow> rows) =>
        rows.Where(r => r.Topic is not null && r.Helpful + r.NotHelpful > 0)
            .Select(r => new FaqFeedbackRow(r.Lang, r.Topic!, r.Helpful, r.NotHelpful))
            .OrderByDescending(r => r.NotHelpful).ThenBy(r => r.Helpful)
            .ThenBy(r => r.Topic, StringComparer.Ordinal).ThenBy(r => r.Lang, StringComparer.Ordinal)
            .ToList();
}
