using System.Text.Json;

namespace AllTx.Samples.Tests;

/// <summary>
/// The report lists SOS/VOD after inotuzumab ozogamicin (the BESPONSA boxed warning): each exposed patient's recorded
/// assessments after HSCT, diagnosed under the Baltimore and EBMT adult 2016 criteria through the SDK.
/// </summary>
public sealed class SosVodReportTests
{
    [Fact]
    public void Every_patient_exposed_to_inotuzumab_has_an_SOS_VOD_line()
    {
        JsonElement report = SurveillanceRun.Of("--format", "json").Report();

        Assert.Equal(["SYN-032", "SYN-041"], report.GetProperty("sosVodAfterInotuzumab").EnumerateArray().Select(line => line.GetProperty("patient").GetString()));
    }

    [Fact]
    public void An_assessment_after_HSCT_is_diagnosed_under_both_named_criteria()
    {
        string text = SurveillanceRun.Of().Output;

        Assert.Contains("SYN-041  day +14 (bilirubin 2.6 mg/dL, painful hepatomegaly, weight gain 6.1 %): Baltimore met; EBMT adult 2016 met (Classical)", text, StringComparison.Ordinal);
        Assert.Contains("SYN-032  not an HSCT course: the criteria count days after HSCT", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assessment_the_SDK_refuses_is_a_rejection_naming_the_field()
    {
        string patient = CohortFile.Patient("TEAM-9", CohortFile.NegativeMrd("2025-03-01")).Replace("\"mrdResults\"", """
            "doses": [ { "drug": "inotuzumab-ozogamicin", "dose": { "amount": 0.8, "unit": "mg/m2" }, "day": 1 } ],
            "sosVodAssessments": [ { "day": "day -2", "totalBilirubin": { "analyte": "TotalBilirubin", "quantity": { "amount": 2.4, "unit": "mg/dL" } }, "painfulHepatomegaly": true, "ascites": true, "weightGainPercent": 3 } ],
            "mrdResults"
            """, StringComparison.Ordinal);
        using CohortFile file = new(CohortFile.Cohort([patient]));

        JsonElement report = SurveillanceRun.Of("--input", file.Path, "--format", "json").Report();

        JsonElement rejection = Assert.Single(report.GetProperty("rejections").EnumerateArray());
        Assert.Equal("sosVodAssessments[0].day", rejection.GetProperty("field").GetString());
        Assert.Contains("Day must be day 0 or later", rejection.GetProperty("rule").GetString());
        Assert.Equal("no SOS/VOD assessment recorded", Assert.Single(report.GetProperty("sosVodAfterInotuzumab").EnumerateArray()).GetProperty("assessment").GetString());
    }
}
