using System.Text.Json;
using AllTx.Domain.Tests.Support;
using AllTx.Domain.Toxicity;

namespace AllTx.Domain.Tests.Toxicity;

public class CrsGradingTests
{
    [Theory]
    [InlineData(FeverStatus.Present, Hypotension.Absent, OxygenRequirement.None, CrsGrade.Grade1)]
    [InlineData(FeverStatus.Present, Hypotension.NotRequiringVasopressors, OxygenRequirement.None, CrsGrade.Grade2)]
    [InlineData(FeverStatus.Present, Hypotension.Absent, OxygenRequirement.LowFlowNasalCannulaOrBlowBy, CrsGrade.Grade2)]
    [InlineData(FeverStatus.Present, Hypotension.RequiringOneVasopressor, OxygenRequirement.None, CrsGrade.Grade3)]
    [InlineData(FeverStatus.Present, Hypotension.Absent, OxygenRequirement.HighFlowNasalCannulaOrMask, CrsGrade.Grade3)]
    [InlineData(FeverStatus.Present, Hypotension.RequiringMultipleVasopressors, OxygenRequirement.None, CrsGrade.Grade4)]
    [InlineData(FeverStatus.Present, Hypotension.Absent, OxygenRequirement.PositivePressure, CrsGrade.Grade4)]
    [InlineData(FeverStatus.Present, Hypotension.NotRequiringVasopressors, OxygenRequirement.HighFlowNasalCannulaOrMask, CrsGrade.Grade3)]
    public void Grade_is_the_most_severe_of_fever_hypotension_and_oxygen(FeverStatus fever, Hypotension hypotension, OxygenRequirement oxygen, CrsGrade expected)
    {
        Assert.Equal(expected, CrsGrading.Of(CrsFindings.Of(fever, hypotension, oxygen)).Grade);
    }

    [Fact]
    public void Without_fever_there_is_no_CRS_even_with_hypotension()
    {
        CrsGrading grading = CrsGrading.Of(CrsFindings.Of(FeverStatus.Absent, Hypotension.RequiringOneVasopressor, OxygenRequirement.None));

        Assert.Equal(CrsGrade.NoCrs, grading.Grade);
        Assert.Empty(grading.DecidingContributions);
    }

    [Fact]
    public void Fever_masked_by_CRS_treatment_still_allows_grading_by_hypotension_and_hypoxia()
    {
        CrsGrading grading = CrsGrading.Of(CrsFindings.Of(FeverStatus.MaskedByCrsTreatment, Hypotension.Absent, OxygenRequirement.PositivePressure));

        Assert.Equal(CrsGrade.Grade4, grading.Grade);
    }

    [Fact]
    public void Grade_keeps_the_findings_and_the_contributions_that_decided_it()
    {
        CrsFindings findings = CrsFindings.Of(FeverStatus.Present, Hypotension.RequiringOneVasopressor, OxygenRequirement.LowFlowNasalCannulaOrBlowBy);
        CrsGrading grading = CrsGrading.Of(findings);

        Assert.Same(findings, grading.Findings);
        Assert.Equal([1, 3, 2], grading.Contributions.Select(c => c.Grade));
        GradeContribution deciding = Assert.Single(grading.DecidingContributions);
        Assert.Equal("hypotension", deciding.Domain);
        Assert.Contains("hypotension requiring one vasopressor", grading.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5, OxygenRequirement.LowFlowNasalCannulaOrBlowBy)]
    [InlineData(6, OxygenRequirement.LowFlowNasalCannulaOrBlowBy)]
    [InlineData(6.5, OxygenRequirement.HighFlowNasalCannulaOrMask)]
    public void Nasal_cannula_flow_up_to_6_L_per_min_is_low_flow(decimal flow, OxygenRequirement expected)
    {
        Assert.Equal(expected, OxygenRequirements.ForNasalCannula(OxygenFlowRate.FromLitresPerMinute(flow)));
    }

    [Fact]
    public void Nasal_cannula_flow_must_be_positive()
    {
        Assert.Contains("must be greater than 0 L/min", Assert.Throws<ValueObjectValidationException>(() => OxygenFlowRate.FromLitresPerMinute(0m)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(37.9, FeverStatus.Absent)]
    [InlineData(38.0, FeverStatus.Present)]
    [InlineData(39.2, FeverStatus.Present)]
    public void Fever_is_a_temperature_of_at_least_38_degrees(decimal celsius, FeverStatus expected)
    {
        Assert.Equal(expected, BodyTemperature.FromCelsius(celsius).ToFeverStatus());
    }

    [Fact]
    public void A_Fahrenheit_reading_is_refused_as_a_Celsius_temperature()
    {
        ValueObjectValidationException error = Assert.Throws<ValueObjectValidationException>(() => BodyTemperature.FromCelsius(TestValues.AtRunTime(100.4m)));

        Assert.Equal("'100.4' is not a valid BodyTemperature: must be at least 25 and at most 45 (degrees Celsius); 100.4 looks like degrees Fahrenheit, which is 38.0 °C.", error.Message);
    }

    [Theory]
    [InlineData(24.9)]
    [InlineData(45.1)]
    [InlineData(120)]
    public void A_temperature_outside_the_range_that_is_not_a_Fahrenheit_reading_gets_no_hint(double celsius)
    {
        ValueObjectValidationException error = Assert.Throws<ValueObjectValidationException>(() => BodyTemperature.FromCelsius(TestValues.AtRunTime((decimal)celsius)));

        Assert.EndsWith("must be at least 25 and at most 45 (degrees Celsius).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(45)]
    public void The_range_ends_are_valid_temperatures(int celsius) => Assert.Equal(celsius, BodyTemperature.FromCelsius(celsius).Value);

    [Fact]
    public void Findings_refuse_an_undeclared_member()
    {
        Assert.Equal("Hypotension", Assert.Throws<DomainValidationException>(() => CrsFindings.Of(FeverStatus.Present, (Hypotension)99, OxygenRequirement.None)).ParamName);
    }

    [Fact]
    public void Round_trips_through_json_and_recomputes_the_grade()
    {
        CrsGrading grading = CrsGrading.Of(CrsFindings.Of(FeverStatus.Present, Hypotension.NotRequiringVasopressors, OxygenRequirement.None));

        CrsGrading read = Support.Json.RoundTrip(grading);

        Assert.Equal(CrsGrade.Grade2, read.Grade);
        Assert.Equal(grading.Findings, read.Findings);
        Assert.Equal(grading.Contributions, read.Contributions);
        Assert.Equal(38.5m, Support.Json.RoundTrip(BodyTemperature.FromCelsius(38.5m)).Value);
    }

    [Fact]
    public void Json_with_a_grade_that_the_findings_do_not_give_is_rejected()
    {
        JsonException error = Support.Json.Rejects<CrsGrading>("""{"Grade":"Grade4","Findings":{"Fever":"Present","Hypotension":"Absent","Oxygen":"None"}}""");

        Assert.Contains("Grade must be the ASTCT grade of its Findings (Grade1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_with_a_numeric_or_unknown_enum_value_is_rejected()
    {
        Support.Json.Rejects<CrsFindings>("""{"Fever":2,"Hypotension":"Absent","Oxygen":"None"}""");
        Support.Json.Rejects<CrsFindings>("""{"Fever":"Hot","Hypotension":"Absent","Oxygen":"None"}""");
        Assert.Equal("'101' is not a valid BodyTemperature: must be at least 25 and at most 45 (degrees Celsius); 101 looks like degrees Fahrenheit, which is 38.3 °C.", Support.Json.Rejects<BodyTemperature>("101").Message);
    }
}
