namespace IqChatGuide.Guidance.Cases;

/// <summary>
/// Everything the interview learned, typed. Null means "not asked yet"; the <c>Unknown</c>/<c>Skipped</c>
/// markers mean the person answered that they do not know or chose to skip.
/// Serialized with System.Text.Json (camelCase) inside conversation state and inside the case.
/// </summary>
public sealed class CaseAnswers
{
    public bool? Consent { get; set; }

    // Qualification
    public string? QualificationName { get; set; }          // as written by the person
    public string? QualificationType { get; set; }          // vocational | academic | master | other
    public double? DurationYears { get; set; }
    public bool DurationUnknown { get; set; }
    public string? QualificationCountry { get; set; }       // ISO2
    public int? QualificationYear { get; set; }
    public bool YearUnknown { get; set; }
    public double? ExperienceYears { get; set; }
    public bool ExperienceUnknown { get; set; }
    public List<string>? Documents { get; set; }            // certificates | subjects | experience | translations | none

    // Residence
    public bool? InGermany { get; set; }
    public string? PostalCode { get; set; }
    public string? Town { get; set; }
    public string? StateCode { get; set; }                  // DE-BE
    public string? ResidenceCountry { get; set; }           // ISO2, when abroad
    public string? ResidenceStatus { get; set; }            // eu | work-visa | asylum | duldung | family | other | skip
    public string? GermanLevel { get; set; }                // none | A1..C2 | unknown
    public string? Goal { get; set; }                       // work | visa | training | study | self-employment | other

    // Contact (only with explicit consent)
    public string? ContactChannel { get; set; }             // email | phone | whatsapp | none
    public string? ContactDetails { get; set; }
    public bool? ContactConsent { get; set; }

    public string? Note { get; set; }
    public List<string> QuestionsAsked { get; set; } = [];  // FAQ topic ids asked during the conversation
}
