namespace IqChatGuide.Bot.Tests.Infrastructure;

/// <summary>A nurse from the Philippines living in Berlin: what she answers to each question of the interview, by slot.</summary>
public static class NurseInBerlin
{
    public static readonly IReadOnlyDictionary<string, string> Answers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["language"] = "en",
        ["consent"] = "yes",
        ["qualification.name"] = "Nurse",
        ["qualification.type"] = "vocational",
        ["qualification.duration"] = "three years",
        ["qualification.country"] = "Philippines",
        ["qualification.year"] = "since 2016",
        ["qualification.experience"] = "5 years",
        ["qualification.documents"] = "1, 2",
        ["residence.inGermany"] = "yes",
        ["residence.postalCode"] = "10115",
        ["residence.status"] = "work-visa",
        ["german.level"] = "B1",
        ["goal"] = "work",
        ["contact.channel"] = "email",
        ["contact.details"] = "maria.santos@example.com",
        ["contact.consent"] = "yes",
        ["review"] = "confirm",
    };

    public static string AnswerTo(ConversationClient.Turn question)
    {
        var slot = question.Slot ?? throw new InvalidOperationException("The bot asked nothing: " + question.Text);
        return Answers.TryGetValue(slot, out var answer) ? answer : throw new InvalidOperationException($"Unexpected question '{slot}'");
    }
}
