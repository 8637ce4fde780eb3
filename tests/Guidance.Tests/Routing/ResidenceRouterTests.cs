using IqChatGuide.Guidance.Routing;

namespace IqChatGuide.Guidance.Tests.Routing;

public class ResidenceRouterTests
{
    private readonly ResidenceRouter _router = RoutingData.Router;

    [Theory]
    [InlineData("10115", "DE-BE")]
    [InlineData("20095", "DE-HH")]
    [InlineData("80331", "DE-BY")]
    [InlineData("01067", "DE-SN")]
    [InlineData(" 50667 ", "DE-NW")]
    [InlineData("D-10115", "DE-BE")]
    [InlineData("10115 Berlin", "DE-BE")]
    [InlineData("١٠١١٥", "DE-BE")] // Arabic-Indic digits
    [InlineData("۸۰۳۳۱", "DE-BY")] // Persian digits
    public void Postal_code_in_one_state_resolves_to_its_counselling_office(string input, string state)
    {
        var result = _router.RouteInGermany(input);

        Assert.Equal(RoutingStatus.Resolved, result.Status);
        Assert.Equal(state, Assert.Single(result.States).Code);
        Assert.NotNull(result.Office);
        Assert.Contains(state, result.Office.States);
    }

    [Fact]
    public void Hamburg_Schleswig_Holstein_and_Niedersachsen_go_to_the_statutory_state_service()
    {
        foreach (var code in new[] { "20095", "24103", "30159" })
        {
            var office = _router.RouteInGermany(code).Office;
            Assert.NotNull(office);
            Assert.Equal("state-service", office.Kind);
        }
    }

    [Theory]
    [InlineData("21039", "DE-HH", "DE-SH")]
    [InlineData("12529", "DE-BB", "DE-BE")]
    public void Postal_code_in_two_states_asks_with_both_candidates(string code, string first, string second)
    {
        var result = _router.RouteInGermany(code);

        Assert.Equal(RoutingStatus.Ambiguous, result.Status);
        Assert.Null(result.Office);
        Assert.Equal(new[] { first, second }.Order(), result.States.Select(s => s.Code).Order());
        Assert.Equal(code, result.PostalCode);
    }

    [Theory]
    [InlineData("12529 Schönefeld", "DE-BB")]
    [InlineData("12529 Berlin", "DE-BE")]
    [InlineData("21039 Börnsen", "DE-SH")]
    public void Town_given_with_a_shared_code_tells_the_state(string input, string state)
    {
        var result = _router.RouteInGermany(input);

        Assert.Equal(RoutingStatus.Resolved, result.Status);
        Assert.Equal(state, Assert.Single(result.States).Code);
        Assert.Equal(input[..5], result.PostalCode);
    }

    [Fact]
    public void Shared_code_with_a_town_in_neither_state_still_asks() =>
        Assert.Equal(RoutingStatus.Ambiguous, _router.RouteInGermany("21039 München").Status);

    [Fact]
    public void Unknown_code_with_a_known_town_routes_by_the_town() =>
        Assert.Equal("DE-BY", Assert.Single(_router.RouteInGermany("99999 München").States).Code);

    [Theory]
    [InlineData("99999")]
    [InlineData("00123")]
    [InlineData("87491")] // Jungholz, an Austrian village with a German code: no state in the data
    public void Unknown_postal_code_asks_offering_all_states(string code)
    {
        var result = _router.RouteInGermany(code);

        Assert.Equal(RoutingStatus.Unknown, result.Status);
        Assert.Equal(16, result.States.Count);
        Assert.Null(result.Office);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1011")]
    [InlineData("101155")]
    [InlineData("10 115")]
    [InlineData("???")]
    public void Malformed_input_is_invalid(string input)
    {
        var result = _router.RouteInGermany(input);

        Assert.Equal(RoutingStatus.Invalid, result.Status);
        Assert.Empty(result.States);
        Assert.Null(result.Office);
    }

    [Theory]
    [InlineData("München", "DE-BY")]
    [InlineData("muenchen", "DE-BY")]
    [InlineData("KÖLN", "DE-NW")]
    [InlineData("Hamburg", "DE-HH")]
    [InlineData("Frankfurt am Main", "DE-HE")]
    [InlineData("Thüringen", "DE-TH")]
    public void Town_or_state_name_resolves(string town, string state)
    {
        var result = _router.RouteInGermany(town);

        Assert.Equal(RoutingStatus.Resolved, result.Status);
        Assert.Equal(state, Assert.Single(result.States).Code);
    }

    [Fact]
    public void Town_name_shared_by_states_asks()
    {
        var frankfurt = _router.RouteInGermany("Frankfurt");
        Assert.Equal(RoutingStatus.Ambiguous, frankfurt.Status);
        Assert.Equal(["DE-BB", "DE-HE"], frankfurt.States.Select(s => s.Code).Order());

        var halle = _router.RouteInGermany("Halle");
        Assert.Equal(RoutingStatus.Ambiguous, halle.Status);
        Assert.Contains(halle.States, s => s.Code == "DE-ST");
    }

    [Fact]
    public void State_name_that_is_also_a_village_elsewhere_asks()
    {
        var result = _router.RouteInGermany("Sachsen"); // also a village in Bayern

        Assert.Equal(RoutingStatus.Ambiguous, result.Status);
        Assert.Equal(["DE-BY", "DE-SN"], result.States.Select(s => s.Code).Order());
    }

    [Fact]
    public void Unknown_town_asks_offering_all_states()
    {
        var result = _router.RouteInGermany("Atlantis");

        Assert.Equal(RoutingStatus.Unknown, result.Status);
        Assert.Equal(16, result.States.Count);
    }

    [Fact]
    public void Chosen_state_after_asking_resolves_and_keeps_the_code()
    {
        var result = _router.RouteToState("DE-SH", "21039");

        Assert.Equal(RoutingStatus.Resolved, result.Status);
        Assert.Equal("sh-state-service", result.Office?.Id);
        Assert.Equal("21039", result.PostalCode);
        Assert.Equal(RoutingStatus.Invalid, _router.RouteToState("DE-XX").Status);
    }

    [Theory]
    [InlineData("TR")]
    [InlineData("ua")]
    [InlineData("XK")] // Kosovo, a Western Balkans country
    public void Abroad_goes_to_ZSBA(string country)
    {
        var result = _router.RouteAbroad(country);

        Assert.Equal(RoutingStatus.Abroad, result.Status);
        Assert.Equal("zsba", result.Office?.Kind);
        Assert.Equal(country.ToUpperInvariant(), result.Country);
    }

    [Theory]
    [InlineData("DE")]
    [InlineData("ZZ")]
    [InlineData("Turkey")]
    [InlineData("")]
    public void Country_that_is_not_abroad_or_not_a_code_is_invalid(string country) =>
        Assert.Equal(RoutingStatus.Invalid, _router.RouteAbroad(country).Status);

    [Fact]
    public void Labour_rights_question_adds_the_states_Faire_Integration_office()
    {
        var extra = _router.AdditionalOffices("DE-HE", labourRightsAsked: true, academicNonRegulated: false);

        var office = Assert.Single(extra);
        Assert.Equal("faire-integration", office.Kind);
        Assert.Contains("DE-HE", office.States);
    }

    [Fact]
    public void Labour_rights_in_a_state_without_a_known_office_points_to_the_national_directory()
    {
        var office = Assert.Single(_router.AdditionalOffices("DE-BE", labourRightsAsked: true, academicNonRegulated: false));

        Assert.Equal("faire-integration-national", office.Id);
    }

    [Fact]
    public void Academic_non_regulated_degree_adds_ZAB()
    {
        var extra = _router.AdditionalOffices("DE-BY", labourRightsAsked: false, academicNonRegulated: true);

        Assert.Equal("zab", Assert.Single(extra).Kind);
        Assert.Empty(_router.AdditionalOffices("DE-BY", false, false));
    }

    [Fact]
    public void Hotline_has_a_phone_number() => Assert.Equal("+49 30 1815-1111", _router.Hotline.Phone);
}
