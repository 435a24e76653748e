using AllTx.Domain.Toxicity;

namespace AllTx.Domain.Tests.Readme;

/// <summary>The README's "Transplant and cellular therapy" example, kept compiling and true.</summary>
public class TransplantExampleTests
{
    [Fact]
    public void The_README_example_grades_CRS_from_its_findings_and_keeps_why()
    {
        CrsFindings findings = CrsFindings.Of(
            BodyTemperature.FromCelsius(38.6m).ToFeverStatus(),
            Hypotension.RequiringOneVasopressor,
            OxygenRequirements.ForNasalCannula(OxygenFlowRate.FromLitresPerMinute(4m)));
        CrsGrading crs = CrsGrading.Of(findings);

        Assert.Equal(CrsGrade.Grade3, crs.Grade);
        Assert.Equal("CRS grade 3 (hypotension: hypotension requiring one vasopressor (with or without vasopressin) → grade 3)", crs.ToString());
        Assert.Throws<ValueObjectValidationException>(() => BodyTemperature.FromCelsius(TestValues.AtRunTime(100.4m)));
    }
}
