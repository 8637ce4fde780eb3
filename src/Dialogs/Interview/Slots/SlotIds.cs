namespace IqChatGuide.Dialogs.Interview.Slots;

/// <summary>The slot ids of DESIGN §7 — the widget and outside tools rely on them; never rename one.</summary>
public static class SlotIds
{
    public const string Language = "language";
    public const string Consent = "consent";
    public const string QualificationName = "qualification.name";
    public const string QualificationType = "qualification.type";
    public const string QualificationDuration = "qualification.duration";
    public const string QualificationCountry = "qualification.country";
    public const string QualificationYear = "qualification.year";
    public const string QualificationExperience = "qualification.experience";
    public const string QualificationDocuments = "qualification.documents";
    public const string InGermany = "residence.inGermany";
    public const string PostalCode = "residence.postalCode";
    public const string State = "residence.state";
    public const string ResidenceCountry = "residence.country";
    public const string ResidenceStatus = "residence.status";
    public const string GermanLevel = "german.level";
    public const string Goal = "goal";
    public const string ContactChannel = "contact.channel";
    public const string ContactDetails = "contact.details";
    public const string ContactConsent = "contact.consent";
    public const string Review = "review";
    /// <summary>Added: which answer to change, asked after "change" in the review.</summary>
    public const string ReviewChange = "review.change";
    /// <summary>Added: confirming "delete my data".</summary>
    public const string DeleteConfirm = "delete.confirm";
    /// <summary>Added: picking one of the FAQ topics offered when a question was not clear.</summary>
    public const string FaqSuggestion = "faq.suggestion";
}
