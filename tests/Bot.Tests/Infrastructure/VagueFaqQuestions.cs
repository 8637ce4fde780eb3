namespace IqChatGuide.Bot.Tests.Infrastructure;

/// <summary>English questions that touch several FAQ topics. Tests that need an unsure answer use the first one the
/// FAQ is unsure about, so a change of content that makes one of them clear does not break them.</summary>
public static class VagueFaqQuestions
{
    public static readonly string[] All =
    [
        "what about the papers and the money?",
        "How long and how much?",
        "what documents and translations do I need and what does it cost?",
        "Do I need it for my visa or my job?",
        "question about the decision?",
        "what do I need?",
    ];
}
