using System.Text.Json.Nodes;
using IqChatGuide.Guidance.Routing;

namespace IqChatGuide.Guidance.Tests.Routing;

public class PostalCodeTableTests
{
    [Fact]
    public void Shipped_table_carries_the_licence_attribution_and_a_review_date()
    {
        var table = RoutingData.PostalCodes.Value;

        Assert.Contains("GeoNames", table.Attribution);
        Assert.Contains("CC BY 4.0", table.Attribution);
        Assert.Contains("zauberware", table.Attribution);
        Assert.True(table.ReviewBy > table.Generated);
        Assert.True(table.CodeCount > 8000);
    }

    [Fact]
    public void Shipped_table_is_compact() =>
        Assert.True(new FileInfo(Path.Combine(RoutingData.Paths.Data, PostalCodeTable.FileName)).Length < 1_000_000);

    [Fact]
    public void Attribution_file_names_the_licence_and_the_source() 
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "data", "ATTRIBUTION.md"));

        Assert.Contains("CC BY 4.0", text);
        Assert.Contains("https://creativecommons.org/licenses/by/4.0/", text);
        Assert.Contains("GeoNames", text);
        Assert.Contains("zauberware", text);
    }

    [Theory]
    [InlineData("reviewBy")]
    [InlineData("licence")]
    [InlineData("codes")]
    public void Table_without_a_required_field_fails_naming_it(string field)
    {
        var path = Path.Combine(RoutingData.Paths.Data, PostalCodeTable.FileName);
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        root.Remove(field);
        var broken = Path.Combine(Path.GetTempPath(), $"plz-{Guid.NewGuid():N}.json");
        File.WriteAllText(broken, root.ToJsonString());
        try
        {
            var error = Assert.Throws<RoutingDataException>(() => PostalCodeTable.Load(broken));
            Assert.Contains(field, error.Message);
        }
        finally
        {
            File.Delete(broken);
        }
    }
}
