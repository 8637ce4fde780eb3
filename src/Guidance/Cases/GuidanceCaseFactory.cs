using IqChatGuide.Guidance.Assessment;
using IqChatGuide.Guidance.Routing;

namespace IqChatGuide.Guidance.Cases;

/// <summary>
/// Opens a case from the interview's answers: a fresh reference, the office that serves the person
/// (ZSBA abroad, the state's entry point in Germany, the hotline while the state is unknown), the offices
/// the topic rules add, and the preliminary assessment.
/// </summary>
public sealed class GuidanceCaseFactory(OfficeDirectory offices, IResidenceRouter router, ProfessionAssessor assessor, TimeProvider time)
{
    /// <summary>FAQ topic whose question adds the Faire Integration office (domain brief §2, rule 3).</summary>
    public const string LabourRightsTopic = "labour-rights";

    public GuidanceCase Create(CaseAnswers answers, string language, string? channelId = null,
        string? conversationId = null, bool transcriptConsent = false)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var assessment = assessor.Assess(answers.QualificationName, answers.QualificationType);
        var state = answers.InGermany == true ? GermanStates.Find(answers.StateCode) : null;
        var office = answers.InGermany == false ? offices.Zsba
            : state is not null ? offices.EntryPointFor(state.Code)
            : offices.Hotline;
        var additional = router.AdditionalOffices(
            state?.Code,
            labourRightsAsked: answers.QuestionsAsked.Contains(LabourRightsTopic),
            academicNonRegulated: ProfessionAssessor.IsAcademicNonRegulated(assessment, answers.QualificationType));

        return new GuidanceCase
        {
            Reference = CaseReference.New(),
            CreatedAt = time.GetUtcNow(),
            Language = language,
            OfficeId = office.Id,
            AdditionalOfficeIds = additional.Select(o => o.Id).Where(id => id != office.Id).ToList(),
            Answers = answers,
            Assessment = assessment,
            ChannelId = channelId,
            ConversationId = conversationId,
            TranscriptConsent = transcriptConsent,
        };
    }
}
