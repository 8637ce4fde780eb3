using IqChatGuide.Dialogs.Bots;
using IqChatGuide.Dialogs.Conversation;
using IqChatGuide.Dialogs.Greeting;
using IqChatGuide.Dialogs.Handoff;
using IqChatGuide.Dialogs.Interruptions;
using IqChatGuide.Dialogs.Interview;
using IqChatGuide.Dialogs.Review;
using IqChatGuide.Guidance;
using IqChatGuide.Guidance.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IqChatGuide.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// The conversation: main dialog and its children, and <see cref="GuideBot"/> as the <see cref="IBot"/>.
    /// Needs IStorage, ConversationState, UserState and the Guidance services registered by the host.
    /// Dialogs keep no per-conversation data, so one instance serves all conversations.
    /// </summary>
    public static IServiceCollection AddGuideDialogs(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GuideStateAccessors>();
        services.TryAddSingleton(sp => new CountryDisplayNames(sp.GetService<ContentPaths>()));
        services.TryAddSingleton<GuideServices>();
        services.TryAddSingleton<InterviewForm>();
        services.TryAddSingleton(sp => new LanguageMenu(sp.GetService<ContentPaths>(), sp.GetRequiredService<ILocalizerProvider>()));
        services.TryAddSingleton<LanguageDialog>();
        services.TryAddSingleton<InterviewDialog>();
        services.TryAddSingleton<ReviewDialog>();
        services.TryAddSingleton<HandoffDialog>();
        services.TryAddSingleton<DeleteDataDialog>();
        services.TryAddSingleton<MainDialog>();
        services.TryAddTransient<IBot, GuideBot>();
        return services;
    }
}
