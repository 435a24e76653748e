using AllTx.Domain.Mrd;

namespace AllTx.Domain.Tests.Mrd;

public class MrdResultTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static MrdResult Result(MrdOutcome outcome, MrdMethod method = MrdMethod.MultiparameterFlowCytometry, MrdSpecimen specimen = MrdSpecimen.BoneMarrow) =>
        MrdResult.Create(method, specimen, Day, outcome);

    [Fact]
    public void A_result_cannot_be_built_without_a_defined_method()
    {
        DomainValidationException error = Assert.Throws<DomainValidationException>(() => MrdResult.Create(default, MrdSpecimen.BoneMarrow, Day, new MrdOutcome.PositiveNotQuantifiable()));

        Assert.Contains("MrdMethod must be one of MultiparameterFlowCytometry", error.Message, StringComparison.Ordinal);
        Assert.Contains("Method", Support.Json.Rejects<MrdResult>("""{"Specimen":"BoneMarrow","SampleDate":"2026-03-02","Outcome":{"kind":"positiveNotQuantifiable"}}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_with_sensitivity_at_least_as_good_as_1e_minus_4_is_MRD_negative()
    {
        Assert.IsType<MrdStatus.MrdNegative>(Result(new MrdOutcome.Negative(AssaySensitivity.ParseFractionOrPercent("1e-4"))).StatusAgainst());
        Assert.IsType<MrdStatus.MrdNegative>(Result(new MrdOutcome.Negative(AssaySensitivity.ParseFractionOrPercent("1e-6"))).StatusAgainst());
    }

    [Fact]
    public void Negative_from_a_less_sensitive_assay_is_negative_with_insufficient_sensitivity()
    {
        MrdStatus status = Result(new MrdOutcome.Negative(AssaySensitivity.ParseFractionOrPercent("1e-3"))).StatusAgainst();

        Assert.Equal(0.001m, Assert.IsType<MrdStatus.NegativeWithInsufficientSensitivity>(status).Sensitivity.Value);
    }

    [Fact]
    public void The_threshold_is_configurable()
    {
        MrdResult result = Result(new MrdOutcome.Negative(AssaySensitivity.ParseFractionOrPercent("1e-4")));

        Assert.IsType<MrdStatus.NegativeWithInsufficientSensitivity>(result.StatusAgainst(MrdLevel.ParseFractionOrPercent("1e-5")));
    }

    [Fact]
    public void PNQ_and_positive_levels_have_their_own_statuses()
    {
        Assert.IsType<MrdStatus.PositiveNotQuantifiable>(Result(new MrdOutcome.PositiveNotQuantifiable()).StatusAgainst());
        Assert.IsType<MrdStatus.MrdPositive>(Result(new MrdOutcome.Positive(MrdLevel.ParseFractionOrPercent("0.01 %"))).StatusAgainst());
        Assert.IsType<MrdStatus.PositiveBelowThreshold>(Result(new MrdOutcome.Positive(MrdLevel.ParseFractionOrPercent("1e-5"))).StatusAgainst());
    }

    [Fact]
    public void Comparing_results_is_a_typed_decision()
    {
        MrdResult flowHigh = Result(new MrdOutcome.Positive(MrdLevel.ParseFractionOrPercent("1e-3")));
        MrdResult flowLow = Result(new MrdOutcome.Positive(MrdLevel.ParseFractionOrPercent("1e-4")));
        MrdResult ngs = Result(new MrdOutcome.Positive(MrdLevel.ParseFractionOrPercent("1e-5")), MrdMethod.NextGenerationSequencingIgTr);
        MrdResult blood = Result(new MrdOutcome.Positive(MrdLevel.ParseFractionOrPercent("1e-5")), specimen: MrdSpecimen.PeripheralBlood);
        MrdResult negative = Result(new MrdOutcome.Negative(AssaySensitivity.ParseFractionOrPercent("1e-4")));

        Assert.Equal(0.1m, Assert.IsType<MrdComparison.LevelsComparable>(MrdComparison.Between(flowHigh, flowLow)).FoldChange);
        Assert.Equal(new MrdComparison.DifferentMethods(MrdMethod.MultiparameterFlowCytometry, MrdMethod.NextGenerationSequencingIgTr), MrdComparison.Between(flowHigh, ngs));
        Assert.IsType<MrdComparison.DifferentSpecimens>(MrdComparison.Between(flowHigh, blood));
        Assert.IsType<MrdComparison.OutcomesOnly>(MrdComparison.Between(flowHigh, negative));
    }

    [Fact]
    public void Results_statuses_and_comparisons_round_trip_through_JSON()
    {
        MrdResult result = Result(new MrdOutcome.Negative(AssaySensitivity.ParseFractionOrPercent("1e-6")), MrdMethod.NextGenerationSequencingIgTr);
        string json = System.Text.Json.JsonSerializer.Serialize(result);

        Assert.Contains("\"kind\":\"negative\"", json, StringComparison.Ordinal);
        Assert.Equal(result, Support.Json.RoundTrip(result));
        Assert.Equal(result.StatusAgainst(), Support.Json.RoundTrip(result.StatusAgainst()));
        MrdComparison comparison = MrdComparison.Between(result, result);
        Assert.Equal(comparison, Support.Json.RoundTrip(comparison));
    }

    [Fact]
    public void Level_is_the_quantified_level_of_a_positive_result_and_null_otherwise()
    {
        MrdResult positive = Result(new MrdOutcome.Positive(MrdLevel.ParseFractionOrPercent("0.05 %")));

        Assert.Equal(MrdLevel.From(0.0005m), positive.Level);
        Assert.Equal(MrdMethod.MultiparameterFlowCytometry, positive.Method);
        Assert.Null(Result(new MrdOutcome.PositiveNotQuantifiable()).Level);
        Assert.Null(Result(new MrdOutcome.Negative(AssaySensitivity.From(0.0001m))).Level);
    }

    [Fact]
    public void A_positive_outcome_refuses_an_uninitialised_level()
    {
        DomainValidationException error = Assert.Throws<DomainValidationException>(() => new MrdOutcome.Positive(TestValues.Uninitialised<MrdLevel>()));

        Assert.Equal("Level", error.ParamName);
        Assert.Contains("MrdLevel for Level must be created with From, TryFrom or Parse", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Result_JSON_rejects_an_unknown_method_a_missing_outcome_and_an_invalid_level()
    {
        Support.Json.Rejects<MrdResult>("""{"Method":"Microscopy","Specimen":"BoneMarrow","SampleDate":"2026-03-02","Outcome":{"kind":"positiveNotQuantifiable"}}""");
        Assert.Contains("Outcome", Support.Json.Rejects<MrdResult>("""{"Method":"DigitalPcr","Specimen":"BoneMarrow","SampleDate":"2026-03-02"}""").Message, StringComparison.Ordinal);
        Assert.Contains("'3' is not a valid MrdLevel: must be greater than 0 and at most 1", Support.Json.Rejects<MrdResult>("""{"Method":"DigitalPcr","Specimen":"BoneMarrow","SampleDate":"2026-03-02","Outcome":{"kind":"positive","Level":3}}""").Message, StringComparison.Ordinal);
    }
}
