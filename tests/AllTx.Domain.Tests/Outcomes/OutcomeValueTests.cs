using System.Text.Json;
using AllTx.Domain.Outcomes;
using AllTx.Domain.Tests.Support;

namespace AllTx.Domain.Tests.Outcomes;

public class OutcomeValueTests
{
    public static TheoryData<OutcomeValue> Values => new()
    {
        new OutcomeValue.Rate(Percentage.From(33.6m)),
        new OutcomeValue.RateAtTimePoint(Percentage.From(89.2m), FollowUpTime.Years(2)),
        new OutcomeValue.CountedProportion(Proportion.Of(27, 30, 90.0m)),
        new OutcomeValue.Median(FollowUpTime.Months(7.7m)),
        new OutcomeValue.MedianNotReached(),
        new OutcomeValue.HazardRatioEstimate(HazardRatio.Of(0.44m, 0.002m)),
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Every_case_round_trips_through_json(OutcomeValue value)
    {
        Assert.Equal(value, JsonSerializer.Deserialize<OutcomeValue>(JsonSerializer.Serialize(value)));
    }

    [Fact]
    public void Seed_004_two_year_rates_are_rates_at_a_time_point()
    {
        ReportedOutcome os = ReportedOutcome.Of(Endpoint.OverallSurvival, new OutcomeValue.RateAtTimePoint(Percentage.From(89.2m), FollowUpTime.Years(2)));
        ReportedOutcome dfs = ReportedOutcome.Of(Endpoint.DiseaseFreeSurvival, new OutcomeValue.RateAtTimePoint(Percentage.From(72.2m), FollowUpTime.Years(2)));
        ReportedOutcome nrm = ReportedOutcome.Of(Endpoint.NonRelapseMortality, new OutcomeValue.RateAtTimePoint(Percentage.From(2.6m), FollowUpTime.Years(2)));

        Assert.Equal("OverallSurvival: 89.2 % at 2 years", os.Value.Match(
            rate => "?", at => os.Endpoint + ": " + at.Value.ToString() + " at " + at.At, counted => "?", median => "?", notReached => "?", hazard => "?"));
        Assert.Equal(os, Support.Json.RoundTrip(os));
        Assert.Equal([dfs, nrm], new[] { dfs, nrm }.Select(Support.Json.RoundTrip));
    }

    [Fact]
    public void A_median_keeps_its_unit()
    {
        FollowUpTime median = FollowUpTime.Months(7.7m);

        Assert.Equal((7.7m, TimeUnit.Months), (median.Amount, median.Unit));
        Assert.Equal("7.7 months", median.ToString());
        Assert.Contains("Amount must be greater than 0", Assert.Throws<DomainValidationException>(() => FollowUpTime.Months(0m)).Message, StringComparison.Ordinal);
        Assert.Contains("Unit", Support.Json.Rejects<FollowUpTime>("""{"Amount":7.7}""").Message, StringComparison.Ordinal);
        Assert.Contains("Amount must be greater than 0", Support.Json.Rejects<FollowUpTime>("""{"Amount":-2,"Unit":"Months"}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_000_TKI_maintenance_hazard_ratios_keep_their_p_values()
    {
        HazardRatio relapse = HazardRatio.Of(0.40m, 0.01m);
        HazardRatio leukaemiaFree = HazardRatio.Of(0.44m, 0.002m);
        HazardRatio overall = HazardRatio.Of(0.42m, 0.004m);

        Assert.Equal(["HR 0.40 (p = 0.01)", "HR 0.44 (p = 0.002)", "HR 0.42 (p = 0.004)"], new[] { relapse, leukaemiaFree, overall }.Select(hr => hr.ToString()));
    }

    [Fact]
    public void A_hazard_ratio_interval_must_contain_the_estimate()
    {
        HazardRatio withInterval = HazardRatio.WithConfidenceInterval(0.5m, 0.3m, 0.8m, 95m, 0.01m);

        Assert.Equal("HR 0.5 (95 % CI 0.3–0.8; p = 0.01)", withInterval.ToString());
        Assert.Equal(withInterval, Support.Json.RoundTrip(withInterval));
        Assert.Contains("0 < Lower ≤ Estimate ≤ Upper", Assert.Throws<DomainValidationException>(() => HazardRatio.WithConfidenceInterval(0.9m, 0.3m, 0.8m, 95m)).Message, StringComparison.Ordinal);
        Assert.Contains("Estimate must be greater than 0", Assert.Throws<DomainValidationException>(() => HazardRatio.Of(0m)).Message, StringComparison.Ordinal);
        Assert.Contains("PValue must be greater than 0 and at most 1", Assert.Throws<DomainValidationException>(() => HazardRatio.Of(0.5m, 1.5m)).Message, StringComparison.Ordinal);
        Assert.Contains("Lower, Upper and ConfidenceLevel must be given together", Support.Json.Rejects<HazardRatio>("""{"Estimate":0.5,"Lower":0.3}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reported_outcome_rejects_a_missing_value_and_an_unknown_kind()
    {
        Assert.Contains("Value", Support.Json.Rejects<ReportedOutcome>("""{"Endpoint":"OverallSurvival"}""").Message, StringComparison.Ordinal);
        Assert.Contains("has the unknown kind \"guess\"", Support.Json.Rejects<OutcomeValue>("""{"kind":"guess","Value":3}""").Message, StringComparison.Ordinal);
    }
}
