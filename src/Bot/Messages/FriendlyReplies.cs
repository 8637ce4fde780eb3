using System.Globalization;
using IqChatGuide.Guidance.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace IqChatGuide.Bot.Messages;

/// <summary>
/// The few replies the host itself gives (a failed turn, storage away, a too-long message), in the person's
/// language from locales/, with an English text when a language has none. channelData.error names the case
/// so that clients can react without reading text.
/// </summary>
public sealed class FriendlyReplies(IServiceProvider services)
{
    public const string TurnFailed = "errors.turnFailed";
    public const string StorageUnavailable = "errors.storageUnavailable";
    public const string SendAgain = "errors.sendAgain";
    public const string MessageTooLong = "errors.messageTooLong";

    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        [TurnFailed] = "Sorry, something went wrong on my side. You can simply go on: your answers so far are kept.",
        [StorageUnavailable] = "Sorry, I cannot reach my memory right now. Please try again in a moment: your answers so far are kept.",
        [SendAgain] = "Two of your messages arrived at the same time. Please send that again.",
        [MessageTooLong] = "That message is too long for me. Please write at most {maxLength} characters.",
    };

    // Resolved lazily: the localizer comes from the languages feature and may be absent in a trimmed host.
    private readonly Lazy<ILocalizerProvider?> _localizers = new(() => services.GetService<ILocalizerProvider>());

    public Activity Create(ITurnContext turnContext, string key, int? maxLength = null)
    {
        var text = Text(turnContext.Activity?.Locale, key);
        if (maxLength is { } max) text = text.Replace("{maxLength}", max.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var reply = MessageFactory.Text(text);
        reply.ChannelData = new Dictionary<string, object> { ["error"] = key["errors.".Length..] };
        return reply;
    }

    private string Text(string? locale, string key)
    {
        try
        {
            if (_localizers.Value?.ForCulture(string.IsNullOrWhiteSpace(locale) ? "en" : locale) is { } localizer)
            {
                var s = localizer[key];
                if (!s.ResourceNotFound && !string.IsNullOrWhiteSpace(s.Value)) return s.Value;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A broken text file must not turn an error reply into a second error.
        }
        return English[key];
    }
}
