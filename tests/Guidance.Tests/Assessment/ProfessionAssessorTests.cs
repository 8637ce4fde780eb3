using IqChatGuide.Guidance.Assessment;
using IqChatGuide.Guidance.Languages;
using IqChatGuide.Guidance.Routing;
using IqChatGuide.Guidance.Tests.Routing;

namespace IqChatGuide.Guidance.Tests.Assessment;

public class ProfessionAssessorTests
{
    internal static readonly Lazy<ProfessionCatalog> Catalog =
        new(() => ProfessionCatalog.Load(Path.Combine(RoutingData.Paths.Data, ProfessionCatalog.FileName)));

    private readonly ProfessionAssessor _assessor = new(Catalog.Value);

    [Theory]
    [InlineData("Krankenschwester")]
    [InlineData("Kinderkrankenschwester")]
    [InlineData("Registered Nurse (BSc Nursing)")]
    [InlineData("ممرضة")]
    [InlineData("التمريض")]
    [InlineData("پرستار")]
    [InlineData("infirmière diplômée d'État")]
    [InlineData("pielęgniarka")]
    [InlineData("asistentă medicală generalistă")]
    [InlineData("Медсестра")]
    [InlineData("medicinska sestra")]
    [InlineData("медицинска сестра")]
    [InlineData("Enfermera")]
    [InlineData("Hemşire")]
    [InlineData("hemsire")]
    [InlineData("медична сестра")]
    public void Nurse_is_recognised_in_every_language_as_regulated_health_profession(string name)
    {
        var assessment = _assessor.Assess(name, "vocational");

        Assert.Equal("nurse", assessment.ProfessionId);
        Assert.Equal("Pflegefachfrau/Pflegefachmann", assessment.ReferenceOccupation);
        Assert.True(assessment.Regulated);
        Assert.Equal("health", assessment.AuthorityKey);
        Assert.Contains("Gesundheitsberufe", assessment.AuthorityType);
    }

    [Theory]
    [InlineData("Civil engineer", "engineer")]
    [InlineData("Bauingenieur", "engineer")]
    [InlineData("инженер-строитель", "engineer")]
    [InlineData("Zahnarzt", "dentist")]
    [InlineData("Kindergarten teacher", "educator")]
    [InlineData("nursery teacher", "educator")]
    [InlineData("Lehrerin für Mathematik", "teacher")]
    [InlineData("Kfz-Mechatroniker", "car-mechanic")]
    [InlineData("Elektriker", "electrician")]
    [InlineData("Bachelor of Business Administration", "economist")]
    [InlineData("Doktor medicine", "doctor")]
    [InlineData("Tierärztin", "veterinarian")]
    public void Common_professions_match_their_reference_occupation(string name, string id) =>
        Assert.Equal(id, _assessor.Match(name)?.Id);

    [Fact]
    public void Non_regulated_academic_degree_points_to_ZAB()
    {
        var assessment = _assessor.Assess("Economics (Master)", "academic");

        Assert.False(assessment.Regulated);
        Assert.Equal("zab", assessment.AuthorityKey);
        Assert.True(ProfessionAssessor.IsAcademicNonRegulated(assessment, "academic"));
    }

    [Fact]
    public void Regulated_academic_degree_is_not_sent_to_ZAB()
    {
        var assessment = _assessor.Assess("Medicine", "academic");

        Assert.True(assessment.Regulated);
        Assert.False(ProfessionAssessor.IsAcademicNonRegulated(assessment, "academic"));
    }

    [Fact]
    public void Unknown_name_leaves_regulation_open_and_suggests_by_type()
    {
        var academic = _assessor.Assess("Diplom in Ozeanographie der Tiefsee", "academic");
        Assert.Null(academic.ReferenceOccupation);
        Assert.Null(academic.Regulated);
        Assert.Equal("zab", academic.AuthorityKey);

        var master = _assessor.Assess("Uhrmachermeister", "master");
        Assert.Equal("hwk", master.AuthorityKey);

        var nothing = _assessor.Assess(null, null);
        Assert.Null(nothing.ReferenceOccupation);
        Assert.Null(nothing.Regulated);
        Assert.Null(nothing.AuthorityType);
    }

    [Fact]
    public void Table_has_about_forty_professions_with_names_in_all_twelve_languages()
    {
        var catalog = Catalog.Value;

        Assert.InRange(catalog.Professions.Count, 35, 80);
        foreach (var profession in catalog.Professions)
            foreach (var language in SupportedLanguages.All)
                Assert.NotEmpty(profession.Names[language]);
    }

    [Fact]
    public void Almost_every_listed_name_finds_its_own_profession()
    {
        var names = Catalog.Value.Professions.SelectMany(p => p.Names.Values.SelectMany(n => n).Select(n => (Name: n, p.Id))).ToList();
        var misses = names.Where(n => _assessor.Match(n.Name)?.Id != n.Id)
            .Select(n => $"{n.Name} → {_assessor.Match(n.Name)?.Id ?? "none"} (listed under {n.Id})").ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", misses));

        Assert.True(misses.Count <= names.Count / 50, $"{misses.Count} of {names.Count} names match another profession:\n{string.Join("\n", misses)}");
    }

    [Fact]
    public void Broken_professions_file_fails_naming_the_entry_and_field()
    {
        var path = Path.Combine(RoutingData.Paths.Data, ProfessionCatalog.FileName);
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        root["professions"]![0]!.AsObject().Remove("regulated");
        var broken = Path.Combine(Path.GetTempPath(), $"professions-{Guid.NewGuid():N}.json");
        File.WriteAllText(broken, root.ToJsonString());
        try
        {
            var error = Assert.Throws<RoutingDataException>(() => ProfessionCatalog.Load(broken));
            Assert.Contains("entry 'nurse'", error.Message);
            Assert.Contains("'regulated'", error.Message);
        }
        finally
        {
            File.Delete(broken);
        }
    }
}
