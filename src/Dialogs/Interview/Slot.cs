using IqChatGuide.Dialogs.Conversation;
using IqChatGuide.Guidance.Cases;
using IqChatGuide.Guidance.Input;
using Microsoft.Extensions.Localization;

namespace IqChatGuide.Dialogs.Interview;

/// <summary>Everything a slot needs to ask and to read: the person's language, the texts, the reader and the router.</summary>
public sealed record SlotContext(GuideConversation Conversation, IStringLocalizer Texts, GuideServices Services)
{
    public CaseAnswers Answers => Conversation.Answers;
    public string Language => Conversation.Language;
    public IInputReader Reader => Services.Reader;
}

/// <summary>How an answer was taken: used, or not understood (with the text that explains what is expected).</summary>
public sealed record SlotReading(bool Accepted, string? RetryKey = null, (string Name, object? Value)[]? RetryArgs = null)
{
    public static readonly SlotReading Ok = new(true);
    public static SlotReading Retry(string key, params (string Name, object? Value)[] args) => new(false, key, args);
}

/// <summary>
/// One question of the interview. A slot knows when it applies, whether it has an answer, how to ask
/// (text and options) and how to read a free-text answer into <see cref="CaseAnswers"/>.
/// Texts: <c>interview.&lt;id&gt;.ask</c>, <c>.retry</c>, <c>.label</c> (review), <c>.help</c> (optional).
/// </summary>
public abstract class Slot
{
    /// <summary>The DESIGN §7 slot id, also sent as <c>channelData.slot</c>.</summary>
    public abstract string Id { get; }

    /// <summary>False for questions that depend on an earlier answer (postal code only when living in Germany).</summary>
    public virtual bool Applies(SlotContext context) => true;

    public abstract bool IsAnswered(SlotContext context);

    /// <summary>Forgets the answer and the answers that depend on it, so the interview asks them again.</summary>
    public abstract void Clear(SlotContext context);

    /// <summary>Shown in the review; false for the consent.</summary>
    public virtual bool Reviewable => true;

    public virtual string Ask(SlotContext context) => context.Texts[$"interview.{Id}.ask"].Value;

    /// <summary>Options shown with the question, with stable values.</summary>
    public virtual IReadOnlyList<ChoiceOption> Options(SlotContext context) => [];

    /// <summary>True when the options are the only answers (numbered on channels without buttons).</summary>
    public virtual bool IsChoice => false;

    public abstract SlotReading Read(string text, SlotContext context);

    /// <summary>The answer as the person sees it in the review; null when there is none.</summary>
    public abstract string? Display(SlotContext context);

    protected static ChoiceOption Option(SlotContext context, string slotId, string value) =>
        new(value, context.Texts.Optional($"interview.{slotId}.options.{value}") ?? context.Texts[$"common.{value}"].Value);

    protected string? TitleOf(SlotContext context, string? value) =>
        value is null ? null : Options(context).FirstOrDefault(o => o.Value == value)?.Title ?? value;

    protected string UnknownText(SlotContext context) => context.Texts["common.unknown"].Value;
}

/// <summary>A question answered by picking one option.</summary>
public abstract class ChoiceSlot : Slot
{
    protected abstract IReadOnlyList<string> Values { get; }
    protected abstract string? Get(SlotContext context);
    protected abstract void Set(SlotContext context, string value);

    public override bool IsChoice => true;
    public override bool IsAnswered(SlotContext context) => Get(context) is not null;
    public override IReadOnlyList<ChoiceOption> Options(SlotContext context) => Values.Select(v => Option(context, Id, v)).ToList();

    public override SlotReading Read(string text, SlotContext context)
    {
        var value = context.Reader.MatchChoice(text, context.Language, Options(context));
        if (value is null) return SlotReading.Retry($"interview.{Id}.retry");
        Set(context, value);
        return SlotReading.Ok;
    }

    public override string? Display(SlotContext context) => TitleOf(context, Get(context));
}

/// <summary>A yes/no question with the buttons <c>yes</c> and <c>no</c>.</summary>
public abstract class YesNoSlot : Slot
{
    protected abstract bool? Get(SlotContext context);
    protected abstract void Set(SlotContext context, bool value);

    public override bool IsChoice => true;
    public override bool IsAnswered(SlotContext context) => Get(context) is not null;
    public override IReadOnlyList<ChoiceOption> Options(SlotContext context) => [Option(context, Id, "yes"), Option(context, Id, "no")];

    public override SlotReading Read(string text, SlotContext context)
    {
        var value = context.Reader.MatchChoice(text, context.Language, Options(context)) switch
        {
            "yes" => true,
            "no" => false,
            _ => context.Reader.ReadYesNo(text, context.Language),
        };
        if (value is not { } answer) return SlotReading.Retry($"interview.{Id}.retry");
        Set(context, answer);
        return SlotReading.Ok;
    }

    public override string? Display(SlotContext context) => Get(context) switch
    {
        true => TitleOf(context, "yes"),
        false => TitleOf(context, "no"),
        null => null,
    };
}
