using System.Text.Json;
using IqChatGuide.Guidance.Cases;

namespace IqChatGuide.Guidance.Tests.Cases;

public class CaseSummaryBuilderTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 14, 30, 0, TimeSpan.Zero);

    private static CaseSummary Summarize(CaseAnswers answers, string language)
    {
        var guidanceCase = CaseTestData.Factory(new FixedTime(At)).Create(answers, language, "directline", "conv-1");
        return CaseTestData.Builder.Build(guidanceCase);
    }

    [Fact]
    public void Office_summary_is_German_and_lists_every_hand_off_field()
    {
        var summary = Summarize(CaseTestData.NurseInBerlin(), "en");
        var office = summary.ForOffice;

        Assert.Equal("de", office.Language);
        Assert.Equal(CaseSummaryBuilder.FieldKeys, office.Fields.Select(f => f.Key));
        var value = office.Fields.ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal(summary.Reference, value["reference"]);
        Assert.Equal("07.12.2026 15:30", value["createdAt"]);
        Assert.StartsWith("Berliner Anerkennungshotline", value["office"]);
        Assert.Equal("Krankenschwester", value["qualification.name"]);
        Assert.Equal("Pflegefachfrau/Pflegefachmann", value["qualification.referenceOccupation"]);
        Assert.Equal("Berufsausbildung", value["qualification.type"]);
        Assert.Equal("3 Jahre", value["qualification.duration"]);
        Assert.Equal("Syrien", value["qualification.country"]);
        Assert.Equal("2015", value["qualification.year"]);
        Assert.Equal("6 Jahre", value["qualification.experience"]);
        Assert.Equal("Zeugnisse, Nachweise über Berufserfahrung", value["qualification.documents"]);
        Assert.Equal("ja", value["residence.inGermany"]);
        Assert.Equal("10115 Berlin", value["residence.place"]);
        Assert.Equal("Berlin", value["residence.state"]);
        Assert.Equal("Asylverfahren", value["residence.status"]);
        Assert.Equal("B1", value["german.level"]);
        Assert.Equal("im Beruf arbeiten", value["goal"]);
        Assert.Equal("Englisch", value["contact.language"]);
        Assert.Equal("E-Mail", value["contact.channel"]);
        Assert.Equal("amal.example@example.org", value["contact.details"]);
        Assert.Equal("Ich arbeite zurzeit als Pflegehelferin.", value["note"]);
        Assert.Equal("costs, duration", value["questions"]);
        Assert.StartsWith("ja, reglementiert", value["assessment.regulated"]);
        Assert.Contains("Gesundheitsberufe", value["assessment.authority"]);

        var labels = office.Fields.ToDictionary(f => f.Key, f => f.Label);
        Assert.Equal("Vorgangsnummer", labels["reference"]);
        Assert.Equal("Deutscher Referenzberuf", labels["qualification.referenceOccupation"]);
        Assert.Equal("Aufenthaltsstatus", labels["residence.status"]);
        Assert.StartsWith("Fallzusammenfassung", office.Title);
        Assert.Contains("Land des Abschlusses: Syrien", office.Text);
        Assert.DoesNotContain("cases.", office.Text);
    }

    [Fact]
    public void Person_sees_the_same_fields_in_their_language()
    {
        var summary = Summarize(CaseTestData.NurseInBerlin(), "en");
        var person = summary.ForPerson;

        Assert.Equal("en", person.Language);
        Assert.Equal(summary.ForOffice.Fields.Select(f => f.Key), person.Fields.Select(f => f.Key));
        var value = person.Fields.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal(summary.Reference, value["Reference number"]);
        Assert.Equal("Syria", value["Country where obtained"]);
        Assert.Equal("3 years", value["Length of training"]);
        Assert.Equal("vocational training", value["Type of qualification"]);
        Assert.Equal("asylum procedure", value["Residence status"]);
        // The German reference occupation stays German: it is the term on the authority's letters.
        Assert.Equal("Pflegefachfrau/Pflegefachmann", value["German reference occupation"]);
        Assert.DoesNotContain("cases.", person.Text);
    }

    [Fact]
    public void Next_steps_give_the_reference_the_office_how_to_reach_it_and_what_to_prepare()
    {
        var summary = Summarize(CaseTestData.NurseInBerlin(), "en");
        var steps = string.Join("\n", summary.NextSteps);
        TestContext.Current.TestOutputHelper?.WriteLine(summary.ForOffice.Text + "\n\n" + summary.ForPerson.Text + "\n\n" + steps);

        Assert.Contains(summary.Reference, summary.NextSteps[0]);
        Assert.Contains("Berliner Anerkennungshotline", steps);
        Assert.Contains("Website: https://www.ihk.de/berlin/", steps);
        Assert.Contains("copies", steps);
        Assert.Contains("list of subjects and hours, translations", steps); // what the person said is missing
        Assert.Contains("by e-mail: amal.example@example.org", steps);
        Assert.Contains("10 working days", steps);
        // The Berlin entry is confirmed but gives only a web page: the hotline is offered for a phone call.
        Assert.Contains("rather talk to someone on the phone", steps);
        Assert.Contains("+49 30 1815-1111", steps);
        Assert.DoesNotContain("cases.", steps);
    }

    [Fact]
    public void Unverified_office_also_names_the_hotline()
    {
        var answers = CaseTestData.NurseInBerlin();
        answers.PostalCode = "20095";
        answers.Town = "Hamburg";
        answers.StateCode = "DE-HH";

        var summary = Summarize(answers, "de");
        var steps = string.Join("\n", summary.NextSteps);

        Assert.Equal("hh-state-service", summary.Office.Id);
        Assert.False(summary.Office.Verified);
        Assert.Contains("Telefon: (040) 306 20-396", steps);
        Assert.Contains("Hotline „Arbeiten und Leben in Deutschland“ an: +49 30 1815-1111", steps);
    }

    [Fact]
    public void Contact_details_without_consent_appear_nowhere()
    {
        var answers = CaseTestData.NurseInBerlin();
        answers.ContactConsent = false;

        var summary = Summarize(answers, "en");
        var json = JsonSerializer.Serialize(summary, JsonSerializerOptions.Web);

        Assert.DoesNotContain("amal.example@example.org", json);
        Assert.Contains("not shared", summary.ForPerson.Fields.Single(f => f.Key == "contact.details").Value);
        Assert.Contains(summary.NextSteps, s => s.Contains("cannot contact you"));
        Assert.Equal("amal.example@example.org", answers.ContactDetails); // the interview's answers are untouched
    }

    [Fact]
    public void Engineer_abroad_is_handed_to_ZSBA_and_skipped_answers_read_as_such()
    {
        var answers = new CaseAnswers
        {
            QualificationName = "Civil engineer",
            QualificationType = "academic",
            DurationUnknown = true,
            QualificationCountry = "IN",
            YearUnknown = true,
            InGermany = false,
            ResidenceCountry = "IN",
            ResidenceStatus = "skip",
            GermanLevel = "none",
            Goal = "visa",
            ContactChannel = "none",
        };

        var summary = Summarize(answers, "en");
        var value = summary.ForOffice.Fields.ToDictionary(f => f.Key, f => f.Value);

        Assert.Equal("zsba", summary.Office.Kind);
        Assert.Equal("nein", value["residence.inGermany"]);
        Assert.Equal("Indien", value["residence.place"]);
        Assert.Equal("unbekannt", value["qualification.duration"]);
        Assert.Equal("unbekannt", value["qualification.year"]);
        Assert.Equal("keine Angabe", value["qualification.experience"]);
        Assert.Equal("möchte keine Angabe machen", value["residence.status"]);
        Assert.Equal("keine Deutschkenntnisse", value["german.level"]);
        Assert.Equal("keine", value["questions"]);
        Assert.Contains(summary.NextSteps, s => s.Contains("Central Service Centre for Professional Recognition"));
    }

    [Fact]
    public void Labour_rights_question_adds_Faire_Integration_to_the_next_steps()
    {
        var answers = CaseTestData.NurseInBerlin();
        answers.StateCode = "DE-SN";
        answers.PostalCode = "01067";
        answers.Town = "Dresden";
        answers.QuestionsAsked.Add("labour-rights");

        var summary = Summarize(answers, "en");

        var fi = Assert.Single(summary.AdditionalOffices);
        Assert.Equal("sn-faire-integration", fi.Id);
        Assert.Contains(summary.NextSteps, s => s.Contains("Faire Integration") && s.Contains("exploitation"));
        Assert.Contains(summary.NextSteps, s => s == "Phone: 0371-6511766");
    }

    [Fact]
    public void Summary_serializes_as_versioned_json()
    {
        var summary = Summarize(CaseTestData.NurseInBerlin(), "en");

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(summary, JsonSerializerOptions.Web));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(summary.Reference, root.GetProperty("reference").GetString());
        Assert.Equal("be-counselling", root.GetProperty("office").GetProperty("id").GetString());
        Assert.Equal(CaseSummaryBuilder.FieldKeys.Count, root.GetProperty("forOffice").GetProperty("fields").GetArrayLength());
        Assert.Equal("nurse", root.GetProperty("assessment").GetProperty("professionId").GetString());
        Assert.True(root.GetProperty("nextSteps").GetArrayLength() >= 5);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
