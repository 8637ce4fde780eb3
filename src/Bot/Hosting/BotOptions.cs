using Microsoft.Extensions.Options;

namespace IqChatGuide.Bot.Hosting;

/// <summary>Limits of POST /api/messages (section "Bot").</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Larger request bodies are refused with 400 before they are parsed.</summary>
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Longer message texts get a friendly "please write less" reply instead of a turn.</summary>
    public int MaxMessageLength { get; set; } = 5000;
}

internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions o)
    {
        var errors = new List<string>();
        if (o.MaxRequestBytes is < 4096 or > 4 * 1024 * 1024)
            errors.Add($"Bot:MaxRequestBytes must be between 4096 and 4194304; it is {o.MaxRequestBytes}.");
        if (o.MaxMessageLength < 1 || o.MaxMessageLength * 3L > o.MaxRequestBytes * 2L)
            errors.Add($"Bot:MaxMessageLength must be at least 1 and leave room in Bot:MaxRequestBytes (at most {o.MaxRequestBytes * 2L / 3}); it is {o.MaxMessageLength}.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
