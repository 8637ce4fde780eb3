using IqChatGuide.Bot.Counsel;
using IqChatGuide.Guidance.Cases;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Delivery;

/// <summary>Where a case stands on its way to the office, as operators and the office see it.</summary>
public sealed record DeliveryStatus(
    string Reference,
    string OfficeId,
    string State,
    IReadOnlyList<string> Routes,
    int Attempts,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? WebhookAcknowledgedAt,
    DateTimeOffset? EmailSentAt)
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string InboxOnly = "inbox";
}

internal static class DeliveryStatusEndpoint
{
    /// <summary>GET /api/cases/{reference}/delivery for a signed-in counsellor of the case's office; 404 for any other case.</summary>
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/cases/{reference}/delivery", async (HttpContext http, string reference, ICaseStore cases, ICaseOutbox outbox,
            DeliveryProgressStore progressStore, IOptions<DeliveryOptions> options, CancellationToken ct) =>
        {
            CounselPage.Secure(http.Response);
            if (CaseReference.TryNormalize(reference) is not { } normalized)
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "reference must look like IQ-7K4M-QX9T.");
            var officeId = http.User.OfficeId();
            var guidanceCase = await cases.GetAsync(normalized, ct);
            var delivery = await outbox.GetAsync(normalized, ct);
            if (guidanceCase is null || delivery is null || officeId is null || guidanceCase.OfficeId != officeId)
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No case with this reference for your office.");

            var progress = await progressStore.GetAsync(normalized, ct);
            var routes = options.Value.RouteNames(guidanceCase.OfficeId);
            var state = delivery.DeliveredAt is null ? DeliveryStatus.Pending
                : progress?.InboxOnlyAt is not null || routes.Count == 0 ? DeliveryStatus.InboxOnly
                : DeliveryStatus.Delivered;
            return Results.Ok(new DeliveryStatus(
                normalized, guidanceCase.OfficeId, state, routes, delivery.Attempts, delivery.LastError,
                delivery.DeliveredAt is null ? delivery.NextAttemptAt : null, delivery.DeliveredAt,
                progress?.WebhookAcknowledgedAt, progress?.EmailSentAt));
        }).RequireAuthorization(CounselAuth.Policy);
}
