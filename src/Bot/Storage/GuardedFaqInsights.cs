using IqChatGuide.Guidance.Faq;

namespace IqChatGuide.Bot.Storage;

/// <summary>
/// FAQ insights as the host uses them: counting is a side matter, so a storage failure while recording never
/// breaks the turn or the answer it belongs to; the count is lost and a warning names the exception type only
/// (never the question, never anything about the person). Reading the report still fails, as
/// <see cref="StorageUnavailableException"/>, so that operators are told to try again instead of shown wrong totals.
/// Forgetting a person's texts is a promise to that person, so its failure is logged the same way and thrown on:
/// "delete my data" then fails like a failure of the case store there: the turn ends with "try again", the
/// conversation's state is not deleted, and the next "yes" tries again.
/// </summary>
internal sealed class GuardedFaqInsights(IFaqInsights inner, ILogger<GuardedFaqInsights> logger) : IFaqInsights
{
    public async Task RecordAsync(FaqResult result, string question, bool consented, string? owner, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.RecordAsync(result, question, consented, owner, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!IsCancellation(ex, cancellationToken))
        {
            logger.LogWarning("FAQ question not counted: {ExceptionType}", Describe(ex));
        }
    }

    public async Task RecordFeedbackAsync(string topic, string lang, bool helpful, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.RecordFeedbackAsync(topic, lang, helpful, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!IsCancellation(ex, cancellationToken))
        {
            logger.LogWarning("FAQ feedback not counted: {ExceptionType}", Describe(ex));
        }
    }

    public async Task ForgetAsync(string owner, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.ForgetAsync(owner, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!IsCancellation(ex, cancellationToken))
        {
            logger.LogWarning("FAQ question texts not forgotten: {ExceptionType}", Describe(ex));
            throw;
        }
    }

    public async Task<FaqInsightsReport> SnapshotAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.SnapshotAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException ex)
        {
            logger.LogWarning("FAQ insights could not be read: {ExceptionType}", Describe(ex));
            throw;
        }
    }

    // Types only: messages can carry keys or arguments.
    private static string Describe(Exception ex) =>
        ex is StorageUnavailableException { InnerException: { } inner } ? $"{ex.GetType().FullName} ({inner.GetType().FullName})" : ex.GetType().FullName!;

    private static bool IsCancellation(Exception ex, CancellationToken cancellationToken) =>
        ex is OperationCanceledException && cancellationToken.IsCancellationRequested;
}
