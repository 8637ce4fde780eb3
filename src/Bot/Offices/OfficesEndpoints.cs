namespace IqChatGuide.Bot.Offices;

public static class OfficesEndpoints
{
    /// <summary>GET /api/offices?postalCode=… or ?country=XX</summary>
    public static IEndpointRouteBuilder MapOfficesApi(this IEndpointRouteBuilder app) => app;
}
