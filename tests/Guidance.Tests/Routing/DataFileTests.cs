using IqChatGuide.Guidance.Assessment;
using IqChatGuide.Guidance.Routing;

namespace IqChatGuide.Guidance.Tests.Routing;

/// <summary>An operator who edits a data file by hand and gets a field's type wrong learns which file it is.</summary>
public sealed class DataFileTests
{
    public static TheoryData<string, string> WrongTypes => new()
    {
        { OfficeDirectory.FileName, """{ "reviewBy": 20270101, "offices": [] }""" },
        { PostalCodeTable.FileName, """{ "reviewBy": ["2027-01-01"], "codes": {} }""" },
        { ProfessionCatalog.FileName, """{ "reviewBy": { "date": "2027-01-01" } }""" },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void A_field_of_the_wrong_type_is_reported_with_the_file_name(string fileName, string json)
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + "-" + fileName);
        File.WriteAllText(path, json);
        try
        {
            var error = Assert.Throws<RoutingDataException>(() => Load(fileName, path));
            Assert.StartsWith(fileName, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static object Load(string fileName, string path) => fileName switch
    {
        OfficeDirectory.FileName => OfficeDirectory.Load(path),
        PostalCodeTable.FileName => PostalCodeTable.Load(path),
        _ => ProfessionCatalog.Load(path),
    };
}
