using System.Net;
using System.Text.Json;
using IqChatGuide.Bot.Tests.Infrastructure;

namespace IqChatGuide.Bot.Tests.Offices;

/// <summary>GET /api/offices through the real host.</summary>
public class OfficesApiTests(ApiHost factory) : IClassFixture<ApiHost>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> GetJsonAsync(string query)
    {
        var response = await _client.GetAsync("/api/offices" + query, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
    }

    [Fact]
    public async Task Berlin_postal_code_resolves_to_the_Berlin_office()
    {
        var body = await GetJsonAsync("?postalCode=10115");

        Assert.Equal("resolved", body.GetProperty("status").GetString());
        var state = Assert.Single(body.GetProperty("states").EnumerateArray());
        Assert.Equal("DE-BE", state.GetProperty("code").GetString());
        Assert.Equal("Berlin", state.GetProperty("name").GetString());
        var office = body.GetProperty("office");
        Assert.Equal("counselling", office.GetProperty("kind").GetString());
        Assert.Contains("DE-BE", office.GetProperty("states").EnumerateArray().Select(s => s.GetString()));
        Assert.False(string.IsNullOrEmpty(office.GetProperty("source").GetString()));
        Assert.Equal(JsonValueKind.String, office.GetProperty("reviewBy").ValueKind);
        Assert.False(office.TryGetProperty("note", out _));
    }

    [Fact]
    public async Task Shared_postal_code_is_ambiguous_with_both_states_and_no_office()
    {
        var body = await GetJsonAsync("?postalCode=21039");

        Assert.Equal("ambiguous", body.GetProperty("status").GetString());
        Assert.Equal(["DE-HH", "DE-SH"], body.GetProperty("states").EnumerateArray().Select(s => s.GetProperty("code").GetString()!).Order());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("office").ValueKind);
    }

    [Fact]
    public async Task Unknown_postal_code_offers_all_sixteen_states()
    {
        var body = await GetJsonAsync("?postalCode=99999");

        Assert.Equal("unknown", body.GetProperty("status").GetString());
        Assert.Equal(16, body.GetProperty("states").GetArrayLength());
    }

    [Theory]
    [InlineData("1234")]
    [InlineData("123456")]
    [InlineData("%3F%3F")]
    public async Task Malformed_postal_code_is_invalid(string code)
    {
        var body = await GetJsonAsync("?postalCode=" + code);

        Assert.Equal("invalid", body.GetProperty("status").GetString());
        Assert.Equal(0, body.GetProperty("states").GetArrayLength());
    }

    [Fact]
    public async Task Very_long_input_is_invalid_not_an_error()
    {
        var body = await GetJsonAsync("?postalCode=" + new string('9', 5000));

        Assert.Equal("invalid", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Town_name_works_as_well()
    {
        var body = await GetJsonAsync("?postalCode=M%C3%BCnchen");

        Assert.Equal("resolved", body.GetProperty("status").GetString());
        Assert.Equal("DE-BY", body.GetProperty("states")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Country_abroad_goes_to_ZSBA()
    {
        var body = await GetJsonAsync("?country=IN");

        Assert.Equal("abroad", body.GetProperty("status").GetString());
        Assert.Equal("zsba", body.GetProperty("office").GetProperty("kind").GetString());
        Assert.Equal(0, body.GetProperty("states").GetArrayLength());
    }

    [Theory]
    [InlineData("DE")]
    [InlineData("XYZ")]
    public async Task Country_that_is_not_a_foreign_country_code_is_invalid(string country)
    {
        var body = await GetJsonAsync("?country=" + country);

        Assert.Equal("invalid", body.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?postalCode=")]
    [InlineData("?postalCode=10115&country=TR")]
    public async Task Neither_or_both_parameters_is_a_bad_request_with_a_reason(string query)
    {
        var response = await _client.GetAsync("/api/offices" + query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("postalCode", body);
        Assert.Contains("country", body);
    }
}
