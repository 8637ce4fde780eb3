using Microsoft.Bot.Schema;

namespace IqChatGuide.Dialogs.Runtime;

/// <summary>How choices are shown: buttons (suggested actions), a numbered list in the text, or nothing.</summary>
public enum ListStyle { None, SuggestedAction, List }

/// <summary>One option of a choice prompt: a stable value and the title shown to the person.</summary>
public sealed class Choice
{
    public Choice() { }
    public Choice(string value, string? title = null) { Value = value; Title = title ?? value; }

    /// <summary>Language-independent; sent back when the button is pressed.</summary>
    public string Value { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>Other words that pick this option.</summary>
    public List<string> Synonyms { get; set; } = [];
}

/// <summary>What a prompt asks and how often it asks again.</summary>
public sealed class PromptOptions
{
    public Activity? Prompt { get; set; }
    /// <summary>Sent when the answer was not understood; the prompt itself is sent again when null.</summary>
    public Activity? RetryPrompt { get; set; }
    public List<Choice>? Choices { get; set; }
    public ListStyle Style { get; set; } = ListStyle.SuggestedAction;
    /// <summary>After this many answers that were not understood the prompt ends with <see cref="PromptRetriesExhausted"/>; null = ask forever.</summary>
    public int? MaxAttempts { get; set; }
}

/// <summary>The result of a prompt that gave up after <see cref="PromptOptions.MaxAttempts"/> answers it could not use.</summary>
public sealed record PromptRetriesExhausted(int Attempts);

/// <summary>What a prompt's recognizer found in the message.</summary>
public sealed class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }
    public T? Value { get; set; }

    public static PromptRecognizerResult<T> Failed() => new();
    public static PromptRecognizerResult<T> Of(T value) => new() { Succeeded = true, Value = value };
}
