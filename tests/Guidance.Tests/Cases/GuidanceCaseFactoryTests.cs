using IqChatGuide.Guidance.Cases;

namespace IqChatGuide.Guidance.Tests.Cases;

public class GuidanceCaseFactoryTests
{
    private readonly GuidanceCaseFactory _factory = CaseTestData.Factory();

    [Fact]
    public void Case_in_Germany_goes_to_the_states_entry_point_with_a_fresh_reference()
    {
        var first = _factory.Create(CaseTestData.NurseInBerlin(), "en");
        var second = _factory.Create(CaseTestData.NurseInBerlin(), "en");

        Assert.Equal("be-counselling", first.OfficeId);
        Assert.True(CaseReference.IsValid(first.Reference));
        Assert.NotEqual(first.Reference, second.Reference);
        Assert.Equal("nurse", first.Assessment?.ProfessionId);
        Assert.Empty(first.AdditionalOfficeIds);
    }

    [Fact]
    public void Person_abroad_goes_to_ZSBA()
    {
        var answers = new CaseAnswers { InGermany = false, ResidenceCountry = "TR", QualificationName = "Elektriker" };

        Assert.Equal("zsba", _factory.Create(answers, "tr").OfficeId);
    }

    [Fact]
    public void Person_whose_state_is_not_known_is_pointed_to_the_hotline()
    {
        var answers = new CaseAnswers { InGermany = true, PostalCode = "99999" };

        Assert.Equal("hotline", _factory.Create(answers, "de").OfficeId);
    }

    [Fact]
    public void Non_regulated_university_degree_adds_ZAB()
    {
        var answers = new CaseAnswers { InGermany = true, StateCode = "DE-NW", QualificationName = "Master in Economics", QualificationType = "academic" };

        var guidanceCase = _factory.Create(answers, "en");

        Assert.Equal("nw-counselling", guidanceCase.OfficeId);
        Assert.Equal(["zab"], guidanceCase.AdditionalOfficeIds);
    }

    [Fact]
    public void Labour_rights_question_adds_the_states_Faire_Integration_office()
    {
        var answers = new CaseAnswers { InGermany = true, StateCode = "DE-SH", QuestionsAsked = ["labour-rights"] };

        Assert.Equal(["sh-faire-integration"], _factory.Create(answers, "en").AdditionalOfficeIds);
    }
}
