using IqChatGuide.Guidance.Cases;

namespace IqChatGuide.Dialogs.Conversation;

/// <summary>An FAQ topic offered as a button, with the title it was shown with.</summary>
public sealed class OfferedTopic
{
    public string Topic { get; set; } = "";
    public string Title { get; set; } = "";
}

/// <summary>
/// What the guide remembers about one conversation, kept in conversation state. Typed throughout so it
/// comes back the same after a JSON round trip through any storage.
/// </summary>
public sealed class GuideConversation
{
    /// <summary>The culture the guide speaks ("de", "sr-Cyrl"); null until known.</summary>
    public string? Culture { get; set; }

    /// <summary>How the language was chosen: "choice", "locale" or "detected".</summary>
    public string? LanguageSource { get; set; }

    public CaseAnswers Answers { get; set; } = new();

    /// <summary>The question being asked (a slot id).</summary>
    public string? CurrentSlot { get; set; }

    /// <summary>A slot to ask again although it has an answer ("back").</summary>
    public string? ForcedSlot { get; set; }

    /// <summary>Slots answered, in order, for "back".</summary>
    public List<string> History { get; set; } = [];

    /// <summary>Answers not understood per slot.</summary>
    public Dictionary<string, int> Failures { get; set; } = [];

    /// <summary>Slots left for the counsellor after three answers that could not be read.</summary>
    public List<string> OpenSlots { get; set; } = [];

    /// <summary>State codes to offer when a postal code is in more than one state or unknown.</summary>
    public List<string> StateCandidates { get; set; } = [];

    /// <summary>"ambiguous" or "unknown": why the state is asked.</summary>
    public string? StateQuestionReason { get; set; }

    /// <summary>The office found by routing (data/offices.json id).</summary>
    public string? OfficeId { get; set; }

    /// <summary>FAQ topics offered as buttons when the question was not clear.</summary>
    public List<OfferedTopic> FaqSuggestions { get; set; } = [];

    /// <summary>The FAQ topic whose answer just offered "was that helpful?"; null once rated or moved on from.</summary>
    public string? FaqFeedbackTopic { get; set; }

    public string? CaseReference { get; set; }

    /// <summary>The language of the guide for texts and input reading ("sr" for "sr-Cyrl"). Derived, so not stored.</summary>
    [Newtonsoft.Json.JsonIgnore]
    public string Language => Guidance.Languages.SupportedLanguages.FromCulture(Culture) ?? Guidance.Languages.SupportedLanguages.Default;

    /// <summary>Forgets the answers and where the interview stood; the language stays.</summary>
    public void ResetInterview()
    {
        Answers = new CaseAnswers();
        CurrentSlot = null;
        ForcedSlot = null;
        History.Clear();
        Failures.Clear();
        OpenSlots.Clear();
        StateCandidates.Clear();
        StateQuestionReason = null;
        OfficeId = null;
        FaqSuggestions.Clear();
        CaseReference = null;
    }
}
