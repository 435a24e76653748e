using System.Text.Json;

namespace AllTx.Samples.Tests;

/// <summary>
/// The report shows each allo-HSCT patient's genetics, HCT-CI and refined DRI at transplant, where a surveillance team reads
/// the transplant facts; the SDK refuses contradictory genetics and HCT-CI records.
/// </summary>
public sealed class TransplantRiskSectionTests
{
    private static readonly JsonElement s_report = SurveillanceRun.Of("--format", "json").Report();

    private static JsonElement LineOf(JsonElement report, string patient) =>
        report.GetProperty("transplantRisk").EnumerateArray().Single(line => line.GetProperty("patient").GetString() == patient);

    [Fact]
    public void Every_valid_transplant_has_a_line_with_the_rDRI_computed_from_its_disease_status()
    {
        Assert.Equal(s_report.GetProperty("transplants").GetArrayLength(), s_report.GetProperty("transplantRisk").GetArrayLength());
        Assert.Equal("Intermediate", LineOf(s_report, "SYN-001").GetProperty("refinedDiseaseRiskIndex").GetString());
        Assert.Equal("High", LineOf(s_report, "SYN-029").GetProperty("refinedDiseaseRiskIndex").GetString());
        Assert.Equal("Refractory", LineOf(s_report, "SYN-029").GetProperty("diseaseStatus").GetString());
    }

    [Fact]
    public void Recorded_genetics_and_HCT_CI_are_shown_with_what_they_give()
    {
        JsonElement phPositive = LineOf(s_report, "SYN-002");
        JsonElement highHctCi = LineOf(s_report, "SYN-008");

        Assert.Equal("BcrAbl1Fusion, Ikzf1Deletion (Ph+)", phPositive.GetProperty("genetics").GetString());
        Assert.Equal("HCT-CI 1 (Intermediate): Diabetes 1", phPositive.GetProperty("hctCi").GetString());
        Assert.Equal("LowHypodiploidy, Tp53Alteration (Ph-negative)", highHctCi.GetProperty("genetics").GetString());
        Assert.Equal("HCT-CI 4 (High): PsychiatricDisturbance 1, PriorSolidTumour 3", highHctCi.GetProperty("hctCi").GetString());
        Assert.Equal("HCT-CI not recorded", LineOf(s_report, "SYN-004").GetProperty("hctCi").GetString());
    }

    [Fact]
    public void The_text_report_has_the_section_after_the_transplants()
    {
        string text = SurveillanceRun.Of().Output;
        int transplants = text.IndexOf("Allogeneic transplants (", StringComparison.Ordinal);
        int section = text.IndexOf("Genetics and comorbidity at transplant (23)", StringComparison.Ordinal);

        Assert.InRange(section, transplants + 1, int.MaxValue);
        Assert.Contains("  SYN-003  genetics: Kmt2aRearrangement (Ph-negative); HCT-CI 3 (High): Infection 1, PulmonaryModerate 2; rDRI Intermediate (InRemission)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Genetics_contradicting_the_disease_facts_and_two_hepatic_grades_are_rejected_naming_field_and_rule()
    {
        string patient = CohortFile.Patient("TEAM-001", CohortFile.NegativeMrd("2025-01-05")).Replace(
            "\"mrdResults\"",
            """ "disease": { "philadelphia": "Negative" }, "genetics": { "alterations": "BcrAbl1Fusion" }, "hctCi": { "comorbidities": ["HepaticMild", "HepaticModerateOrSevere"] }, "mrdResults" """,
            StringComparison.Ordinal);
        using CohortFile file = new(CohortFile.Cohort([patient]));

        JsonElement[] rejections = SurveillanceRun.Of("--input", file.Path, "--format", "json").Report().GetProperty("rejections").EnumerateArray().ToArray();

        Assert.Equal(2, rejections.Length);
        Assert.Equal("hctCi", rejections[0].GetProperty("field").GetString());
        Assert.Contains("one grade of an organ's disease", rejections[0].GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.Equal("genetics.alterations", rejections[1].GetProperty("field").GetString());
        Assert.Contains("gives Philadelphia status Positive, but disease.philadelphia records Negative", rejections[1].GetProperty("rule").GetString(), StringComparison.Ordinal);
    }
}
