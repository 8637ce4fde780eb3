using Microsoft.Extensions.DependencyInjection;

namespace IqChatGuide.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>The conversation: main dialog and its children.</summary>
    public static IServiceCollection AddGuideDialogs(this IServiceCollection services) => services;
}
