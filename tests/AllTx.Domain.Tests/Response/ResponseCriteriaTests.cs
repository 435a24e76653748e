using AllTx.Domain.Disease;
using AllTx.Domain.Response;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Response;

public class ResponseCriteriaTests
{
    private static CountBasedResponse Classify(decimal blasts, decimal anc, decimal platelets, TransfusionDependence transfusions = TransfusionDependence.Independent, ExtramedullaryDisease emd = ExtramedullaryDisease.Absent) =>
        ResponseCriteria.Classify(ResponseCounts.Of(BlastPercentage.From(blasts), emd, Quantity.Of(anc, Unit.BillionPerLitre), Quantity.Of(platelets, Unit.BillionPerLitre), transfusions));

    [Fact]
    public void The_default_set_is_the_named_tower_set_with_its_source()
    {
        ResponseCriteriaSet set = ResponseCriteriaSet.BlinatumomabTrials;

        Assert.Equal((new CountLimit(5m, true), new CountLimit(1.0m, false), new CountLimit(100m, false)), (set.MarrowBlasts, set.FullRecoveryNeutrophils, set.FullRecoveryPlatelets));
        Assert.Equal((new CountLimit(0.5m, false), new CountLimit(50m, false)), (set.PartialRecoveryNeutrophils!.Value, set.PartialRecoveryPlatelets!.Value));
        Assert.Contains("doi:10.1056/NEJMoa1609783", set.Source.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_percent_blasts_with_full_recovery_is_CR_because_CR_and_CRh_share_one_blast_limit()
    {
        Assert.IsType<CountBasedResponse.CompleteRemission>(Classify(5m, 1.1m, 101m));
        Assert.IsNotType<CountBasedResponse.CompleteRemission>(Classify(5.1m, 1.1m, 101m));
    }

    [Fact]
    public void CR_needs_platelets_above_100_and_ANC_above_1_both_exclusive()
    {
        Assert.IsType<CountBasedResponse.CompleteRemission>(Classify(4.9m, 1.01m, 100.5m));
        Assert.IsNotType<CountBasedResponse.CompleteRemission>(Classify(4.9m, 1.0m, 150m));
        Assert.IsNotType<CountBasedResponse.CompleteRemission>(Classify(4.9m, 1.5m, 100m));
    }

    [Fact]
    public void Transfusion_dependence_fails_the_platelet_criterion_of_CR_and_CRh_alike()
    {
        Assert.IsType<CountBasedResponse.CompleteRemissionWithIncompleteRecovery>(Classify(2m, 1.5m, 150m, TransfusionDependence.Dependent));
        Assert.IsType<CountBasedResponse.NotInRemission>(Classify(2m, 0.8m, 80m, TransfusionDependence.Dependent));
        Assert.IsType<CountBasedResponse.CompleteRemissionWithPartialRecovery>(Classify(2m, 0.8m, 80m));
    }

    [Fact]
    public void CRh_needs_blasts_at_most_5_platelets_above_50_and_ANC_above_0_5()
    {
        Assert.IsType<CountBasedResponse.CompleteRemissionWithPartialRecovery>(Classify(5m, 0.6m, 51m));
        Assert.IsType<CountBasedResponse.CompleteRemissionWithPartialRecovery>(Classify(2m, 0.9m, 99m));
        Assert.IsNotType<CountBasedResponse.CompleteRemissionWithPartialRecovery>(Classify(2m, 0.5m, 80m));
        Assert.IsNotType<CountBasedResponse.CompleteRemissionWithPartialRecovery>(Classify(2m, 0.8m, 50m));
    }

    [Fact]
    public void CRi_is_incomplete_recovery_with_one_count_fully_recovered()
    {
        Assert.IsType<CountBasedResponse.CompleteRemissionWithIncompleteRecovery>(Classify(2m, 0.4m, 120m));
        Assert.IsType<CountBasedResponse.CompleteRemissionWithIncompleteRecovery>(Classify(2m, 1.2m, 30m));
        Assert.Contains("neither the ANC nor transfusion-independent platelets", Assert.IsType<CountBasedResponse.NotInRemission>(Classify(2m, 0.4m, 30m)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Blasts_above_the_limit_or_extramedullary_disease_are_not_remission()
    {
        Assert.Contains("are not ≤ 5 %", Assert.IsType<CountBasedResponse.NotInRemission>(Classify(5.5m, 2m, 300m)).Reason, StringComparison.Ordinal);
        Assert.Contains("extramedullary", Assert.IsType<CountBasedResponse.NotInRemission>(Classify(1m, 2m, 200m, emd: ExtramedullaryDisease.Present)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caller_can_apply_another_published_set_and_a_half_defined_set_is_refused()
    {
        ResponseCriteriaSet strictBlasts = ResponseCriteriaSet.Create("protocol X", new CountLimit(5m, false), new CountLimit(1.0m, true), new CountLimit(100m, true), null, null, SourceReference.Of("Protocol X v2, section 6.1"));
        ResponseCounts counts = ResponseCounts.Of(BlastPercentage.From(5m), ExtramedullaryDisease.Absent, Quantity.Of(1.0m, Unit.BillionPerLitre), Quantity.Of(100m, Unit.BillionPerLitre), TransfusionDependence.Independent);

        Assert.Contains("are not < 5 % (protocol X)", Assert.IsType<CountBasedResponse.NotInRemission>(ResponseCriteria.Classify(counts, strictBlasts)).Reason, StringComparison.Ordinal);
        Assert.IsType<CountBasedResponse.CompleteRemission>(ResponseCriteria.Classify(ResponseCounts.Of(BlastPercentage.From(4m), ExtramedullaryDisease.Absent, Quantity.Of(1.0m, Unit.BillionPerLitre), Quantity.Of(100m, Unit.BillionPerLitre), TransfusionDependence.Independent), strictBlasts));
        DomainValidationException half = Assert.Throws<DomainValidationException>(() => ResponseCriteriaSet.Create("half", new CountLimit(5m, true), new CountLimit(1m, false), new CountLimit(100m, false), new CountLimit(0.5m, false), null, SourceReference.Of("x")));
        Assert.Contains("partialRecoveryPlatelets must be given together", half.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_in_other_concentration_units_are_converted_and_non_counts_rejected()
    {
        Assert.IsType<CountBasedResponse.CompleteRemission>(ResponseCriteria.Classify(ResponseCounts.Of(BlastPercentage.From(1m), ExtramedullaryDisease.Absent, Quantity.Parse("1.5 10*3/uL"), Quantity.Parse("150 10*3/uL"), TransfusionDependence.Independent)));
        Assert.Contains("AbsoluteNeutrophilCount must be a cell-count concentration", Assert.Throws<DomainValidationException>(() => ResponseCounts.Of(BlastPercentage.From(1m), ExtramedullaryDisease.Absent, Quantity.Parse("1.5 g/dL"), Quantity.Parse("150 10*9/L"), TransfusionDependence.Independent)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, RemissionNumber.First)]
    [InlineData(1, RemissionNumber.Second)]
    [InlineData(2, RemissionNumber.ThirdOrLater)]
    [InlineData(5, RemissionNumber.ThirdOrLater)]
    public void Remission_number_follows_prior_relapses(int priorRelapses, RemissionNumber expected)
    {
        Assert.Equal(expected, RemissionNumbers.FromPriorRelapses(priorRelapses));
    }

    [Fact]
    public void A_negative_relapse_count_is_rejected()
    {
        Assert.Throws<DomainValidationException>(() => RemissionNumbers.FromPriorRelapses(-1));
    }

    [Fact]
    public void Counts_and_responses_round_trip_through_JSON_and_invalid_counts_are_rejected()
    {
        ResponseCounts counts = ResponseCounts.Of(BlastPercentage.From(1m), ExtramedullaryDisease.Absent, Quantity.Parse("1.5 10*9/L"), Quantity.Parse("150 10*9/L"), TransfusionDependence.Independent);
        CountBasedResponse response = ResponseCriteria.Classify(counts);
        string json = System.Text.Json.JsonSerializer.Serialize(counts);

        Assert.Equal(counts, Support.Json.RoundTrip(counts));
        Assert.Equal(response, Support.Json.RoundTrip(response));
        Assert.Contains("Platelets must be a cell-count concentration", Support.Json.Rejects<ResponseCounts>(json.Replace("\"Unit\":\"10*9/L\"},\"Transfusions\"", "\"Unit\":\"mg\"},\"Transfusions\"", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
    }
}
