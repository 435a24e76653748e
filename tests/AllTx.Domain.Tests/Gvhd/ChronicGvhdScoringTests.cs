using AllTx.Domain.Gvhd;
using AllTx.Domain.Tests.Support;

namespace AllTx.Domain.Tests.Gvhd;

public class ChronicGvhdScoringTests
{
    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0 }, ChronicGvhdSeverity.NoOrganInvolvement)]
    [InlineData(new[] { 1, 0, 0, 0, 0, 0, 0, 0 }, ChronicGvhdSeverity.Mild)]
    [InlineData(new[] { 1, 1, 0, 0, 0, 0, 0, 0 }, ChronicGvhdSeverity.Mild)]
    [InlineData(new[] { 1, 1, 1, 0, 0, 0, 0, 0 }, ChronicGvhdSeverity.Moderate)]
    [InlineData(new[] { 0, 2, 0, 0, 0, 0, 0, 0 }, ChronicGvhdSeverity.Moderate)]
    [InlineData(new[] { 0, 0, 0, 0, 0, 1, 0, 0 }, ChronicGvhdSeverity.Moderate)]
    [InlineData(new[] { 0, 0, 0, 0, 0, 2, 0, 0 }, ChronicGvhdSeverity.Severe)]
    [InlineData(new[] { 0, 0, 0, 0, 0, 3, 0, 0 }, ChronicGvhdSeverity.Severe)]
    [InlineData(new[] { 0, 0, 3, 0, 0, 0, 0, 0 }, ChronicGvhdSeverity.Severe)]
    [InlineData(new[] { 1, 0, 0, 0, 0, 0, 0, 3 }, ChronicGvhdSeverity.Severe)]
    public void Global_severity_follows_NIH_2014(int[] scores, ChronicGvhdSeverity expected)
    {
        Assert.Equal(expected, ChronicGvhdScoring.Of(scores[0], scores[1], scores[2], scores[3], scores[4], scores[5], scores[6], scores[7]).Severity);
    }

    [Fact]
    public void Scores_outside_0_to_3_are_refused_naming_the_organ()
    {
        DomainValidationException error = Assert.Throws<DomainValidationException>(() => ChronicGvhdScoring.Of(0, 0, 0, 0, 0, 4, 0, 0));

        Assert.Contains("Lungs score must be between 0 and 3", error.Message, StringComparison.Ordinal);
        Assert.Equal("Lungs", error.ParamName);
    }

    [Fact]
    public void Round_trips_through_json_and_rejects_an_out_of_range_score()
    {
        ChronicGvhdScoring scoring = ChronicGvhdScoring.Of(1, 2, 0, 0, 1, 0, 0, 0);

        Assert.Equal(scoring, Support.Json.RoundTrip(scoring));
        Assert.Equal("chronic GvHD Moderate (Skin 1, Mouth 2, Liver 1)", scoring.ToString());
        Assert.Contains("Mouth score must be between 0 and 3", Support.Json.Rejects<ChronicGvhdScoring>("""{"Skin":0,"Mouth":-1,"Eyes":0,"GastrointestinalTract":0,"Liver":0,"Lungs":0,"JointsAndFascia":0,"GenitalTract":0}""").Message, StringComparison.Ordinal);
    }
}
