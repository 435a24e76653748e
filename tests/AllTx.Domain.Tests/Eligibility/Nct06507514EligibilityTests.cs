using System.Text.Json;
using AllTx.Domain.Eligibility;
using AllTx.Domain.Laboratory;
using AllTx.Domain.Tests.Support;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Eligibility;

public class Nct06507514EligibilityTests
{
    private static readonly EligibilityFacts Candidate = EligibilityFacts.None with
    {
        Cd19Positive = true,
        ExtramedullaryDisease = false,
        EcogPerformanceStatus = EcogPerformanceStatus.From(1),
        LeftVentricularEjectionFraction = Quantity.Of(55m, Unit.Percent),
        SerumCreatinine = Quantity.Of(1.2m, Unit.MilligramPerDecilitre),
        AlanineAminotransferaseTimesUpperLimit = 2.5m,
        AspartateAminotransferaseTimesUpperLimit = 3m,
        TotalBilirubin = Quantity.Of(2.0m, Unit.MilligramPerDecilitre),
        DyspnoeaGrade = CtcaeGrade.From(1),
        OxygenSaturationOnRoomAir = Quantity.Of(95m, Unit.Percent),
    };

    private static EligibilityOutcome Evaluate(EligibilityFacts facts) => Nct06507514Eligibility.Criteria.Evaluate(facts);

    [Fact]
    public void Ships_the_seed_003_criteria()
    {
        Assert.Equal("NCT06507514", Nct06507514Eligibility.Criteria.Trial.Value);
        Assert.Equal(
            [
                "Cd19Positive present", "ExtramedullaryDisease absent", "EcogPerformanceStatus ≤ 1", "LeftVentricularEjectionFraction ≥ 50 %",
                "SerumCreatinine ≤ 1.6 mg/dL", "AlanineAminotransferaseTimesUpperLimit ≤ 3", "AspartateAminotransferaseTimesUpperLimit ≤ 3",
                "TotalBilirubin ≤ 2.0 mg/dL", "DyspnoeaGrade ≤ 1", "OxygenSaturationOnRoomAir > 91 %",
            ],
            Nct06507514Eligibility.Criteria.Criteria.Select(c => c.ToString()));
    }

    [Fact]
    public void A_candidate_meeting_every_criterion_at_its_limit_is_eligible()
    {
        Assert.True(Evaluate(Candidate).IsT0);
    }

    [Theory]
    [InlineData(141.44, true)]
    [InlineData(141.4, true)]
    [InlineData(142, false)]
    public void Creatinine_in_umol_per_L_is_compared_with_1_6_mg_per_dL_through_88_4(decimal micromolesPerLitre, bool eligible)
    {
        EligibilityOutcome result = Evaluate(Candidate with { SerumCreatinine = Quantity.Of(micromolesPerLitre, Unit.MicromolePerLitre) });

        Assert.Equal(eligible, result.IsT0);
        if (!eligible)
        {
            CriterionFinding failed = Assert.Single(result.AsT1.Failed);
            Assert.StartsWith("SerumCreatinine 142 umol/L (= 1.606", failed.Reason, StringComparison.Ordinal);
            Assert.EndsWith("does not meet SerumCreatinine ≤ 1.6 mg/dL", failed.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(2, "EcogPerformanceStatus 2 does not meet EcogPerformanceStatus ≤ 1")]
    [InlineData(0, null)]
    public void ECOG_0_to_1_is_required(int ecog, string? reason)
    {
        EligibilityOutcome result = Evaluate(Candidate with { EcogPerformanceStatus = EcogPerformanceStatus.From(ecog) });

        Assert.Equal(reason, result.IsT1 ? Assert.Single(result.AsT1.Failed).Reason : null);
    }

    [Fact]
    public void Each_limit_is_pinned()
    {
        Assert.True(Evaluate(Candidate with { LeftVentricularEjectionFraction = Quantity.Of(49m, Unit.Percent) }).IsT1);
        Assert.True(Evaluate(Candidate with { AlanineAminotransferaseTimesUpperLimit = 3.1m }).IsT1);
        Assert.True(Evaluate(Candidate with { TotalBilirubin = Quantity.Of(2.1m, Unit.MilligramPerDecilitre) }).IsT1);
        Assert.True(Evaluate(Candidate with { DyspnoeaGrade = CtcaeGrade.From(2) }).IsT1);
        Assert.True(Evaluate(Candidate with { OxygenSaturationOnRoomAir = Quantity.Of(91m, Unit.Percent) }).IsT1);
        Assert.True(Evaluate(Candidate with { OxygenSaturationOnRoomAir = Quantity.Of(92m, Unit.Percent) }).IsT0);
        Assert.True(Evaluate(Candidate with { ExtramedullaryDisease = true }).IsT1);
        Assert.True(Evaluate(Candidate with { Cd19Positive = false }).IsT1);
    }

    [Fact]
    public void Missing_facts_make_the_result_indeterminate_and_are_listed()
    {
        EligibilityOutcome result = Evaluate(Candidate with { LeftVentricularEjectionFraction = null, DyspnoeaGrade = null });

        Assert.Equal(["LeftVentricularEjectionFraction is not known", "DyspnoeaGrade is not known"], result.AsT2.Undetermined.Select(u => u.Reason));
    }

    [Fact]
    public void An_ineligible_result_also_lists_what_could_not_be_evaluated()
    {
        Ineligible result = Evaluate(Candidate with { EcogPerformanceStatus = EcogPerformanceStatus.From(3), SerumCreatinine = null }).AsT1;

        Assert.Single(result.Failed);
        Assert.Equal("SerumCreatinine is not known", Assert.Single(result.Undetermined).Reason);
    }

    [Theory]
    [InlineData(34.2, true)]
    [InlineData(35, false)]
    public void Bilirubin_in_umol_per_L_is_compared_with_2_0_mg_per_dL_through_17_1(decimal micromolesPerLitre, bool eligible)
    {
        EligibilityOutcome result = Evaluate(Candidate with { TotalBilirubin = Quantity.Of(micromolesPerLitre, Unit.MicromolePerLitre) });

        Assert.Equal(eligible, result.IsT0);
        if (!eligible)
        {
            Assert.StartsWith("TotalBilirubin 35 umol/L (= 2.04", Assert.Single(result.AsT1.Failed).Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Creatinine_and_bilirubin_criteria_agree_with_the_core_lab_value_comparison()
    {
        Quantity creatinine = Quantity.Of(141.44m, Unit.MicromolePerLitre);
        Quantity bilirubin = Quantity.Of(34.3m, Unit.MicromolePerLitre);

        Assert.Equal(
            LabValue.Of(LabAnalyte.SerumCreatinine, creatinine) <= Quantity.Of(1.6m, Unit.MilligramPerDecilitre),
            Evaluate(Candidate with { SerumCreatinine = creatinine }).IsT0);
        Assert.Equal(
            LabValue.Of(LabAnalyte.TotalBilirubin, bilirubin) <= Quantity.Of(2.0m, Unit.MilligramPerDecilitre),
            Evaluate(Candidate with { TotalBilirubin = bilirubin }).IsT0);
    }

    [Fact]
    public void A_value_in_a_unit_that_does_not_measure_it_is_undetermined_never_guessed()
    {
        Indeterminate bilirubin = Evaluate(Candidate with { TotalBilirubin = Quantity.Of(20m, Unit.BillionPerLitre) }).AsT2;
        Indeterminate ejectionFraction = Evaluate(Candidate with { LeftVentricularEjectionFraction = Quantity.Of(55m, Unit.MilligramPerDecilitre) }).AsT2;

        Assert.Equal("TotalBilirubin 20 10*9/L cannot be compared with 2.0 mg/dL", Assert.Single(bilirubin.Undetermined).Reason);
        Assert.Equal("LeftVentricularEjectionFraction 55 mg/dL cannot be compared with 50 %", Assert.Single(ejectionFraction.Undetermined).Reason);
    }

    [Fact]
    public void A_criterion_of_the_wrong_kind_is_refused()
    {
        Assert.Contains("Measure must be a measured quantity with a unit", Assert.Throws<DomainValidationException>(() => EligibilityCriterion.OfQuantity(EligibilityMeasure.EcogPerformanceStatus, Comparison.AtMost, Quantity.Of(1m, Unit.Percent))).Message, StringComparison.Ordinal);
        Assert.Contains("Measure must be a score", Assert.Throws<DomainValidationException>(() => EligibilityCriterion.Score(EligibilityMeasure.SerumCreatinine, Comparison.AtMost, 1.6m)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Criteria_round_trip_through_json_and_invalid_criteria_are_rejected()
    {
        EligibilityCriteria read = Support.Json.RoundTrip(Nct06507514Eligibility.Criteria);

        Assert.Equal(Nct06507514Eligibility.Criteria.Criteria, read.Criteria);
        Assert.True(read.Evaluate(Candidate).IsT0);
        Assert.Equal(Candidate, Support.Json.RoundTrip(Candidate));
        JsonException error = Support.Json.Rejects<EligibilityCriterion>("""{"kind":"scoreCriterion","Measure":"SerumCreatinine","Comparison":"AtMost","Threshold":1.6}""");
        Assert.Contains("Measure must be a score", error.Message, StringComparison.Ordinal);
    }
}
