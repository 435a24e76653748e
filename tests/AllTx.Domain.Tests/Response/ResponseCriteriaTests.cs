using AllTx.Domain.Disease;
using AllTx.Domain.Response;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Response;

public class ResponseCriteriaTests
{
    private static CountBasedResponse Classify(decimal blasts, decimal anc, decimal platelets, TransfusionDependence transfusions = TransfusionDependence.Independent, ExtramedullaryDisease emd = ExtramedullaryDisease.Absent) =>
        ResponseCriteria.Classify(ResponseCounts.Of(BlastPercentage.From(blasts), emd, Quantity.Of(anc, Unit.BillionPerLitre), Quantity.Of(platelets, Unit.BillionPerLitre), transfusions));

    [Fact]
    public void The_thresholds_are_those_of_the_domain_brief()
    {
        Assert.Equal((5m, 1.0m, 100m), (ResponseCriteria.CompleteRemissionBlastsBelowPercent, ResponseCriteria.CompleteRemissionMinimumNeutrophils, ResponseCriteria.CompleteRemissionMinimumPlatelets));
        Assert.Equal((5m, 0.5m, 50m), (ResponseCriteria.PartialRecoveryBlastsAtMostPercent, ResponseCriteria.PartialRecoveryNeutrophilsAbove, ResponseCriteria.PartialRecoveryPlateletsAbove));
        Assert.Contains("CR < 5 % blasts", ResponseCriteria.CriteriaSet.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void CR_needs_blasts_below_5_ANC_at_least_1_platelets_at_least_100_and_transfusion_independence()
    {
        Assert.IsType<CountBasedResponse.CompleteRemission>(Classify(4.9m, 1.0m, 100m));
        Assert.IsNotType<CountBasedResponse.CompleteRemission>(Classify(4.9m, 1.0m, 100m, TransfusionDependence.Dependent));
        Assert.IsNotType<CountBasedResponse.CompleteRemission>(Classify(5m, 1.0m, 100m));
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
    public void CRi_is_CR_without_the_count_recovery()
    {
        Assert.IsType<CountBasedResponse.CompleteRemissionWithIncompleteRecovery>(Classify(2m, 0.4m, 30m));
    }

    [Fact]
    public void Blasts_at_5_or_more_without_CRh_counts_or_extramedullary_disease_are_not_remission()
    {
        Assert.Contains("not below 5 %", Assert.IsType<CountBasedResponse.NotInRemission>(Classify(5m, 0.4m, 30m)).Reason, StringComparison.Ordinal);
        Assert.Contains("extramedullary", Assert.IsType<CountBasedResponse.NotInRemission>(Classify(1m, 2m, 200m, emd: ExtramedullaryDisease.Present)).Reason, StringComparison.Ordinal);
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
