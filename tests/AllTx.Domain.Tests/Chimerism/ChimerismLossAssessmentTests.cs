using AllTx.Domain.Chimerism;
using AllTx.Domain.Outcomes;
using AllTx.Domain.Tests.Support;

namespace AllTx.Domain.Tests.Chimerism;

public class ChimerismLossAssessmentTests
{
    private static ChimerismResult T(int month, decimal donor) => new(new DateOnly(2025, month, 1), ChimerismLineage.Cd3PositiveTCells, Percentage.From(donor));

    private static readonly Percentage Threshold = Percentage.From(90m);

    [Fact]
    public void Loss_is_the_first_result_in_the_lineage_below_the_threshold()
    {
        ChimerismResult[] results = [T(8, 85m), T(4, 100m), T(6, 89.5m), new(new DateOnly(2025, 5, 1), ChimerismLineage.WholeBlood, Percentage.From(50m))];

        ChimerismLossAssessment assessment = ChimerismLossAssessment.Assess(results, ChimerismLineage.Cd3PositiveTCells, Threshold);

        Assert.Equal(T(6, 89.5m), Assert.IsType<ChimerismLossAssessment.LossDetected>(assessment).FirstBelow);
    }

    [Fact]
    public void At_the_threshold_is_not_loss_and_no_results_is_its_own_outcome()
    {
        Assert.Equal(T(6, 90m), Assert.IsType<ChimerismLossAssessment.NoLoss>(ChimerismLossAssessment.Assess([T(4, 100m), T(6, 90m)], ChimerismLineage.Cd3PositiveTCells, Threshold)).Latest);
        Assert.IsType<ChimerismLossAssessment.NoResults>(ChimerismLossAssessment.Assess([T(4, 100m)], ChimerismLineage.BoneMarrow, Threshold));
    }

    [Fact]
    public void Results_and_assessments_round_trip_through_json_and_bad_percentages_are_rejected()
    {
        ChimerismLossAssessment assessment = ChimerismLossAssessment.Assess([T(6, 80m)], ChimerismLineage.Cd3PositiveTCells, Threshold);

        Assert.Equal(assessment, Support.Json.RoundTrip(assessment));
        Assert.Contains("'120' is not a valid Percentage: must be at least 0 and at most 100", Support.Json.Rejects<ChimerismResult>("""{"Date":"2025-06-01","Lineage":"WholeBlood","DonorPercentage":120}""").Message, StringComparison.Ordinal);
        Assert.Contains("Lineage", Support.Json.Rejects<ChimerismResult>("""{"Date":"2025-06-01","DonorPercentage":99}""").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Date":null,"Lineage":"WholeBlood","DonorPercentage":99}""", "Date")]
    [InlineData("""{"Date":"2025-06-01","Lineage":null,"DonorPercentage":99}""", "Lineage")]
    [InlineData("""{"Date":"2025-06-01","Lineage":"WholeBlood","DonorPercentage":null}""", "DonorPercentage")]
    public void A_null_field_is_a_JsonException_naming_the_field(string json, string field)
    {
        System.Text.Json.JsonException error = Support.Json.Rejects<ChimerismResult>(json);

        Assert.Equal("$." + field, error.Path);
        Assert.Contains("Path: $." + field, error.Message, StringComparison.Ordinal);
    }
}
