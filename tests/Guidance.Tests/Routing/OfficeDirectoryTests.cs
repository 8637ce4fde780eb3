using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IqChatGuide.Guidance.Routing;

namespace IqChatGuide.Guidance.Tests.Routing;

public class OfficeDirectoryTests
{
    private static readonly string ShippedFile = Path.Combine(RoutingData.Paths.Data, OfficeDirectory.FileName);

    [Fact]
    public void Shipped_directory_covers_every_state_with_one_entry_point()
    {
        var directory = RoutingData.Offices.Value;

        foreach (var state in GermanStates.All)
        {
            var office = directory.EntryPointFor(state.Code);
            Assert.Contains(state.Code, office.States);
            var expectedKind = GermanStates.WithStatutoryService.Contains(state.Code) ? "state-service" : "counselling";
            Assert.Equal(expectedKind, office.Kind);
        }
        Assert.Equal("zsba", directory.Zsba.Kind);
        Assert.Equal("zab", directory.Zab.Kind);
        Assert.NotNull(directory.Hotline.Phone);
    }

    [Fact]
    public void Every_entry_names_its_source_and_review_date_and_only_recent_sources_count_as_verified()
    {
        foreach (var office in RoutingData.Offices.Value.Offices)
        {
            Assert.False(string.IsNullOrWhiteSpace(office.Source), office.Id);
            Assert.False(string.IsNullOrWhiteSpace(office.SourceDate), office.Id);
            Assert.True(office.ReviewBy > new DateOnly(2026, 1, 1), office.Id);
            if (office.Verified)
                Assert.Matches(@"20(2[3-9]|[3-9]\d)", office.SourceDate);
        }
    }

    [Fact]
    public void Every_phone_number_and_e_mail_address_is_copied_from_the_research_notes()
    {
        var research = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "domain", "offices-research.md"));
        Assert.SkipUnless(File.Exists(research), "../shared/domain/offices-research.md is not beside the repository.");
        var notes = File.ReadAllText(research);
        var brief = File.ReadAllText(Path.Combine(Path.GetDirectoryName(research)!, "recognition-brief.md"));

        foreach (var office in RoutingData.Offices.Value.Offices)
        {
            // A field may join several contacts with "; " and add a place in brackets: "0421-36 301-954 (Bremen)".
            var contacts = new[] { office.Phone, office.Email }
                .Where(v => v is not null)
                .SelectMany(v => v!.Split("; "))
                .Select(v => Regex.Replace(v, @"\s*\([^)]*\)$", ""));
            foreach (var contact in contacts)
                Assert.True(notes.Contains(contact) || brief.Contains(contact), $"{office.Id}: '{contact}' is not in the research notes");

            // Addresses list places as "Town: street, postcode town; …"; every street and postcode part is copied.
            var addressParts = (office.Address ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(p => p.Split(", "))
                .Select(p => Regex.Replace(p, @"^[^:]+: ", ""));
            foreach (var part in addressParts)
                Assert.True(notes.Contains(part), $"{office.Id}: address part '{part}' is not in the research notes");

            if (office.Website is { } website)
                Assert.True(notes.Contains(new Uri(website).Host), $"{office.Id}: website {website} is not in the research notes");
        }
    }

    [Fact]
    public void Shipped_file_loads_from_disk() => Assert.NotEmpty(OfficeDirectory.Load(ShippedFile).Offices);

    [Fact]
    public void Missing_file_fails_with_its_name()
    {
        var error = Assert.Throws<RoutingDataException>(() => OfficeDirectory.Load("/nonexistent/offices.json"));
        Assert.Contains("offices.json", error.Message);
    }

    [Theory]
    [InlineData("reviewBy")]
    [InlineData("source")]
    [InlineData("sourceDate")]
    [InlineData("name")]
    [InlineData("verified")]
    public void Entry_without_a_required_field_fails_naming_the_entry_and_field(string field)
    {
        var error = LoadBroken(offices => offices.First(o => (string?)o!["id"] == "be-counselling")!.AsObject().Remove(field));

        Assert.Contains("entry 'be-counselling'", error.Message);
        Assert.Contains($"'{field}'", error.Message);
    }

    [Fact]
    public void Review_date_that_is_not_a_date_fails()
    {
        var error = LoadBroken(offices => offices.First(o => (string?)o!["id"] == "hb-counselling")!["reviewBy"] = "next year");

        Assert.Contains("entry 'hb-counselling'", error.Message);
        Assert.Contains("'reviewBy'", error.Message);
    }

    [Fact]
    public void State_without_a_counselling_entry_fails_naming_the_state()
    {
        var error = LoadBroken(offices => offices.Remove(offices.First(o => (string?)o!["id"] == "th-counselling")));

        Assert.Contains("DE-TH", error.Message);
        Assert.Contains("Thüringen", error.Message);
    }

    [Fact]
    public void Verified_entry_with_an_old_source_fails()
    {
        var error = LoadBroken(offices =>
        {
            var entry = offices.First(o => (string?)o!["id"] == "rp-counselling")!;
            entry["verified"] = true;
        });

        Assert.Contains("entry 'rp-counselling'", error.Message);
        Assert.Contains("'verified'", error.Message);
    }

    [Fact]
    public void Statutory_state_must_route_to_its_state_service()
    {
        var error = LoadBroken(offices => offices.First(o => (string?)o!["id"] == "hh-state-service")!["kind"] = "counselling");

        Assert.Contains("entry 'hh-state-service'", error.Message);
        Assert.Contains("'kind'", error.Message);
    }

    [Theory]
    [InlineData("kind", "office")]
    [InlineData("email", "not an address")]
    [InlineData("website", "www.example")]
    [InlineData("id", "bw-counselling")]
    public void Wrong_field_value_fails_naming_the_field(string field, string value)
    {
        var error = LoadBroken(offices => offices.First(o => (string?)o!["id"] == "bb-counselling")![field] = value);

        Assert.Contains($"'{field}'", error.Message);
    }

    [Fact]
    public void Unknown_state_code_fails()
    {
        var error = LoadBroken(offices => offices.First(o => (string?)o!["id"] == "bb-counselling")!["states"] = new JsonArray("BB"));

        Assert.Contains("entry 'bb-counselling'", error.Message);
        Assert.Contains("'states'", error.Message);
    }

    private static RoutingDataException LoadBroken(Action<JsonArray> breakIt)
    {
        var root = JsonNode.Parse(File.ReadAllText(ShippedFile))!;
        breakIt(root["offices"]!.AsArray());
        var path = Path.Combine(Path.GetTempPath(), $"offices-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, root.ToJsonString());
        try
        {
            return Assert.Throws<RoutingDataException>(() => OfficeDirectory.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
