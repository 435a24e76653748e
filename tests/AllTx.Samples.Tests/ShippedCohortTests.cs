using System.Text.Json;
using AllTx.Samples.Surveillance;

namespace AllTx.Samples.Tests;

/// <summary>
/// `dotnet run --project samples/AllTx.Samples.Surveillance` on the embedded synthetic cohort reports the facts that cohort
/// was built to hold: 45 entries with 11 deliberately invalid records, 5 patients whose monitoring stopped (SYN-027…031),
/// relapses of all three phenotypes and one the findings cannot place, and doses within, above and below the label.
/// </summary>
public sealed class ShippedCohortTests
{
    private static readonly JsonElement s_report = SurveillanceRun.Of("--format", "json").Report();

    [Fact]
    public void Every_entry_is_read_and_only_the_two_patients_with_invalid_identity_or_measurements_are_left_out()
    {
        Assert.Equal(45, s_report.GetProperty("patientsRead").GetInt32());
        Assert.Equal(43, s_report.GetProperty("patientsProcessed").GetInt32());
    }

    [Fact]
    public void Each_invalid_record_is_rejected_with_patient_field_value_and_the_sdk_rule()
    {
        (string Patient, string Field, string Value, string Rule)[] expected =
        [
            ("SYN-028", "transplant.graftSource", "CordBlood with PeripheralBloodStemCells", "a cord blood donor goes with a cord blood graft"),
            ("SYN-031", "carTInfusion.lymphodepletion[0].dose.unit", "\"mg/kg\"", "fludarabine cannot be dosed in mg/kg"),
            ("SYN-041", "transplant.hlaMatch", "\"11/10\"", "matched alleles must not exceed the typed alleles"),
            ("SYN-042", "patient.measurements.weight", "0", "is not a valid BodyWeight: must be at least 0.2 and at most 700 (kilograms)"),
            ("SYN-043", "mrdResults[1].method", "(missing)", "missing required properties including: 'method'"),
            ("SYN-043", "mrdResults[2].outcome.level", "5", "at most 1"),
            ("SYN-043", "doses[0].dose.unit", "\"mcg/d\"", "did you mean 'ug/d'?"),
            ("SYN-044", "mrdResults[1].method", "\"Microscopy\"", "'Microscopy' is not a valid MrdMethod: allowed values are"),
            ("SYN-044", "doses[0].dose.unit", "\"mg/m2\"", "blinatumomab cannot be dosed in mg/m2"),
            ("SYN-044", "relapses[0].site", "\"Liver\"", "'Liver' is not a valid RelapseSite: allowed values are"),
            ("entry #45", "patient.id", "\"   \"", "must not be empty"),
        ];

        JsonElement[] rejections = s_report.GetProperty("rejections").EnumerateArray().ToArray();
        Assert.Equal(expected.Length, rejections.Length);
        foreach (((string patient, string field, string value, string rule), JsonElement actual) in expected.Zip(rejections))
        {
            Assert.Equal(patient, actual.GetProperty("patient").GetString());
            Assert.Equal(field, actual.GetProperty("field").GetString());
            Assert.Equal(value, actual.GetProperty("value").GetString());
            Assert.Contains(rule, actual.GetProperty("rule").GetString());
        }
    }

    [Fact]
    public void Valid_records_of_a_patient_with_rejected_records_are_still_processed()
    {
        // SYN-043: two of its three MRD results and its only dose were refused; its first result still counts.
        JsonElement status = MrdStatusOf("SYN-043");
        Assert.Equal("2025-03-05", status.GetProperty("sampleDate").GetString());
        Assert.Equal("MRD-negative", status.GetProperty("status").GetString());
    }

    [Fact]
    public void Overdue_list_holds_exactly_the_assessments_missed_by_patients_whose_monitoring_stopped()
    {
        string[] overdue = s_report.GetProperty("monitoring").GetProperty("overdueAssessments").EnumerateArray()
            .Select(line => $"{line.GetProperty("patient").GetString()}: {line.GetProperty("purpose").GetString()}")
            .ToArray();

        Assert.Equal(
            [
                "SYN-027: after allo-HSCT, assessment 2", "SYN-027: after allo-HSCT, assessment 3",
                "SYN-028: after allo-HSCT, assessment 1", "SYN-028: after allo-HSCT, assessment 2",
                "SYN-029: after allo-HSCT, assessment 1", "SYN-029: after allo-HSCT, assessment 2",
                "SYN-030: after CAR-T, assessment 2",
                "SYN-031: after CAR-T, assessment 1",
                // Their results after day 0 were the refused ones.
                "SYN-043: after allo-HSCT, assessment 1", "SYN-043: after allo-HSCT, assessment 2",
                "SYN-044: after CAR-T, assessment 1", "SYN-044: after CAR-T, assessment 2",
            ],
            overdue);
        Assert.Equal(12, s_report.GetProperty("monitoring").GetProperty("overdue").GetInt32());
    }

    [Fact]
    public void Patient_not_in_remission_before_transplant_has_no_pre_transplant_assessment_planned()
    {
        // SYN-029 was not in haematological remission: its overdue windows start after allo-HSCT (ALL Hub, 22 Dec 2025).
        Assert.DoesNotContain(
            s_report.GetProperty("monitoring").GetProperty("overdueAssessments").EnumerateArray(),
            line => line.GetProperty("patient").GetString() == "SYN-029" && line.GetProperty("purpose").GetString()!.StartsWith("before", StringComparison.Ordinal));
    }

    [Fact]
    public void Relapses_are_counted_per_phenotype_with_the_catalogued_salvage_options()
    {
        Dictionary<string, JsonElement> groups = s_report.GetProperty("relapses").EnumerateArray()
            .ToDictionary(group => group.GetProperty("phenotype").GetString()!);

        Assert.Equal(["SYN-035", "SYN-036", "SYN-037", "SYN-038"], Patients(groups["CD19-positive relapse"]));
        Assert.Equal(["SYN-032", "SYN-033"], Patients(groups["CD19-negative relapse"]));
        Assert.Equal(["SYN-034", "SYN-039"], Patients(groups["lineage switch"]));
        Assert.Contains("AML-directed therapy", Options(groups["lineage switch"]));
        Assert.Contains("CD22 CAR T cells", Options(groups["CD19-negative relapse"]));
        Assert.Contains("CD19 CAR T-cell re-infusion", Options(groups["CD19-positive relapse"]));
    }

    [Fact]
    public void A_relapse_with_dim_cd19_is_reported_as_indeterminate_not_guessed()
    {
        JsonElement indeterminate = Assert.Single(s_report.GetProperty("indeterminateRelapses").EnumerateArray());
        Assert.Equal("SYN-040", indeterminate.GetProperty("patient").GetString());
        Assert.Contains("CD19 is dim", indeterminate.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("SYN-002", "NextGenerationSequencingIgTr", "MRD-negative")]
    [InlineData("SYN-033", "NextGenerationSequencingIgTr", "positive, not quantifiable")]
    [InlineData("SYN-035", "RqPcrIgTr", "MRD-positive")]
    [InlineData("SYN-039", "MultiparameterFlowCytometry", "positive below threshold")]
    [InlineData("SYN-041", "MultiparameterFlowCytometry", "negative, insufficient sensitivity")]
    public void Latest_mrd_status_is_reported_with_its_method(string patient, string method, string status)
    {
        JsonElement line = MrdStatusOf(patient);
        Assert.Equal(method, line.GetProperty("method").GetString());
        Assert.Equal(status, line.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("SYN-036", "blinatumomab", "within")]              // 15 ug/m2/d x 1.2243 m2 = 18.3645 ug/d, the label dose below 45 kg
    [InlineData("SYN-037", "blinatumomab", "above")]               // 30 ug/d on day 10, label 28 ug/d
    [InlineData("SYN-041", "inotuzumab ozogamicin", "below")]      // 0.5 mg/m2 on day 1, label 0.8 mg/m2
    [InlineData("SYN-037", "dasatinib", "no label regimen")]
    public void Doses_are_checked_against_the_label_range(string patient, string drug, string check)
    {
        JsonElement line = Assert.Single(
            s_report.GetProperty("doseChecks").EnumerateArray(),
            candidate => candidate.GetProperty("patient").GetString() == patient && candidate.GetProperty("drug").GetString() == drug);
        Assert.Equal(check, line.GetProperty("check").GetString());
    }

    [Fact]
    public void Text_report_prints_each_section_for_people()
    {
        SurveillanceRun run = SurveillanceRun.Of();

        Assert.Equal(SurveillanceApp.Success, run.ExitCode);
        Assert.Contains("45 patient entries read, 43 processed, 11 records rejected.", run.Output);
        Assert.Contains("SYN-043  doses[0].dose.unit = \"mcg/d\": Unit 'mcg/d' is not a valid UCUM code", run.Output);
        Assert.Contains("OVERDUE  SYN-031  after CAR-T, assessment 1, window closed 2025-07-01", run.Output);
        Assert.Contains("CD19-negative relapse: 2 (SYN-032, SYN-033)", run.Output);
        Assert.Contains("blinatumomab 30 ug/d on day 10 -> 30 ug/d: ABOVE", run.Output);
        Assert.Equal("", run.Error);
    }

    private static JsonElement MrdStatusOf(string patient) =>
        Assert.Single(s_report.GetProperty("mrdStatus").EnumerateArray(), line => line.GetProperty("patient").GetString() == patient);

    private static string[] Patients(JsonElement group) =>
        group.GetProperty("patients").EnumerateArray().Select(patient => patient.GetString()!).ToArray();

    private static string[] Options(JsonElement group) =>
        group.GetProperty("salvageOptions").EnumerateArray().Select(option => option.GetProperty("name").GetString()!).ToArray();
}
