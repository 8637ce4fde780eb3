namespace IqChatGuide.Bot.Faq;

public static class FaqEndpoints
{
    /// <summary>GET /api/faq?q=…&amp;lang=…</summary>
    public static IEndpointRouteBuilder MapFaqApi(this IEndpointRouteBuilder app) => app;
}
