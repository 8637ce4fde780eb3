using IqChatGuide.Bot.Counsel;
using IqChatGuide.Guidance.Cases;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Delivery;

public static class DeliveryExtensions
{
    /// <summary>
    /// Delivery of cases from the outbox to their offices (signed webhook and/or e-mail, retried with back-off),
    /// and the per-office case index the counsellor inbox lists. Options are validated at start.
    /// </summary>
    public static IServiceCollection AddCaseDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(WebhookSender.ClientName, (sp, http) =>
        {
            http.Timeout = sp.GetRequiredService<IOptions<DeliveryOptions>>().Value.Timeout;
        });
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<EmailSender>();
        services.AddSingleton<DeliveryProgressStore>();
        services.TryAddSingleton<ICaseIndex, StorageCaseIndex>();
        services.AddSingleton<CaseDeliverer>();
        services.AddHostedService<CaseDeliveryWorker>();
        return services;
    }
}
