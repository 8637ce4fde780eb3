using IqChatGuide.Bot.Delivery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Counsel;

public static class CounselExtensions
{
    /// <summary>
    /// Delivery of cases to the offices (<see cref="DeliveryExtensions.AddCaseDelivery"/>) and the counsellor inbox:
    /// cookie sign-in against Counsel:Users (an OpenID Connect scheme issuing <see cref="CounselAuth.OfficeClaim"/>
    /// can take its place), the authorization policy, anti-forgery for the inbox's forms.
    /// </summary>
    public static IServiceCollection AddCounsel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCaseDelivery(configuration);

        services.AddOptions<CounselOptions>().Bind(configuration.GetSection(CounselOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CounselOptions>, CounselOptionsValidator>();
        services.AddSingleton<CounselSignIn>();
        services.AddSingleton<CaseTranscript>();
        services.AddSingleton<LiveChat.TakeoverStore>();
        services.AddSingleton<LiveChat.LiveChat>();
        // Every adapter that runs the host's middleware (the widget's Direct Line) lets a counsellor take over.
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, LiveChat.TakeoverMiddleware>();

        services.AddAuthentication(CounselAuth.Scheme)
            .AddCookie(CounselAuth.Scheme, cookie =>
            {
                cookie.Cookie.Name = CounselAuth.CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = "/counsel/signin";
                cookie.LogoutPath = "/counsel/signout";
                cookie.AccessDeniedPath = "/counsel/signin";
                cookie.SlidingExpiration = true;
                cookie.Events.OnRedirectToLogin = ApiAnswers401;
                cookie.Events.OnRedirectToAccessDenied = ApiAnswers403;
            });
        services.AddOptions<CookieAuthenticationOptions>(CounselAuth.Scheme)
            .Configure<IOptions<CounselOptions>>((cookie, counsel) => cookie.ExpireTimeSpan = TimeSpan.FromMinutes(counsel.Value.SessionMinutes));
        services.AddAuthorizationBuilder()
            .AddPolicy(CounselAuth.Policy, policy => policy.RequireAuthenticatedUser().RequireClaim(CounselAuth.OfficeClaim));
        services.AddAntiforgery(af =>
        {
            af.Cookie.Name = CounselAuth.CookieName + "-af";
            af.Cookie.SameSite = SameSiteMode.Strict;
            af.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>/counsel (the inbox) and GET /api/cases/{reference}/delivery.</summary>
    public static IEndpointRouteBuilder MapCounsel(this IEndpointRouteBuilder app)
    {
        CounselEndpoints.Map(app);
        DeliveryStatusEndpoint.Map(app);
        return app;
    }

    // An API caller gets a status code, not the sign-in page.
    private static Task ApiAnswers401(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task ApiAnswers403(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = StatusCodes.Status403Forbidden;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
