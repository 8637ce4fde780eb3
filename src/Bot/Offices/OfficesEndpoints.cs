using IqChatGuide.Guidance.Routing;

namespace IqChatGuide.Bot.Offices;

public static class OfficesEndpoints
{
    /// <summary>GET /api/offices?postalCode=… or ?country=XX</summary>
    public static IEndpointRouteBuilder MapOfficesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/offices", (string? postalCode, string? country, IResidenceRouter router) =>
            {
                var hasCode = !string.IsNullOrWhiteSpace(postalCode);
                var hasCountry = !string.IsNullOrWhiteSpace(country);
                if (hasCode == hasCountry)
                {
                    return Results.Problem(
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "Give exactly one of postalCode and country",
                        detail: hasCode
                            ? "Both postalCode and country were given; use postalCode for a place in Germany or country (ISO 3166-1 alpha-2, e.g. TR) for a place abroad."
                            : "Neither postalCode nor country was given; use postalCode (e.g. 10115 or a town) or country (ISO 3166-1 alpha-2, e.g. TR).");
                }

                var result = hasCode ? router.RouteInGermany(postalCode!) : router.RouteAbroad(country!);
                return Results.Ok(OfficesResponse.From(result));
            })
            .WithName("GetOffices");
        return app;
    }
}
