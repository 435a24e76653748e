using AllTx.Domain.Engraftment;
using AllTx.Domain.Tests.Support;
using AllTx.Domain.Transplant;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Engraftment;

public class EngraftmentCriteriaTests
{
    private static readonly DateOnly DayZero = new(2025, 3, 1);
    private static readonly TransplantTimeline Timeline = TransplantTimeline.StartingOn(DayZero);

    private static BloodCount On(int day, decimal billionPerLitre) => BloodCount.Of(DayZero.AddDays(day), billionPerLitre);

    [Fact]
    public void Neutrophils_engraft_on_the_first_of_3_consecutive_values_of_at_least_0_5()
    {
        EngraftmentOutcome outcome = EngraftmentCriteria.Neutrophils(Timeline, [On(10, 0.1m), On(14, 0.5m), On(15, 0.4m), On(16, 0.6m), On(17, 0.7m), On(18, 0.9m)]);

        EngraftmentOutcome.Engrafted engrafted = Assert.IsType<EngraftmentOutcome.Engrafted>(outcome);
        Assert.Equal((DayZero.AddDays(16), TransplantDay.Of(16)), (engrafted.Date, engrafted.Day));
        Assert.Equal([0.6m, 0.7m, 0.9m], engrafted.QualifyingCounts.Select(c => c.BillionPerLitre));
    }

    [Fact]
    public void Values_on_the_same_day_count_once_with_the_lowest()
    {
        EngraftmentOutcome outcome = EngraftmentCriteria.Neutrophils(Timeline, [On(10, 0.1m), On(12, 0.6m), On(12, 0.8m), On(13, 0.7m)]);

        Assert.Contains("not reached on 3 consecutive values on different days", Assert.IsType<EngraftmentOutcome.NotEngrafted>(outcome).Reason, StringComparison.Ordinal);
        Assert.IsType<EngraftmentOutcome.NotEngrafted>(EngraftmentCriteria.Neutrophils(Timeline, [On(12, 0.6m), On(12, 0.4m), On(13, 0.7m), On(14, 0.7m)]));
    }

    [Fact]
    public void Counts_in_other_units_are_converted()
    {
        BloodCount perMicrolitre = BloodCount.Of(DayZero.AddDays(20), Quantity.Of(0.5m, Unit.Parse("10*3/uL")));

        Assert.Equal(0.5m, perMicrolitre.BillionPerLitre);
    }

    [Fact]
    public void Values_before_day_0_are_not_used_and_no_values_is_an_unmet_reason()
    {
        Assert.Equal("No ANC values from day 0 on.", Assert.IsType<EngraftmentOutcome.NotEngrafted>(EngraftmentCriteria.Neutrophils(Timeline, [On(-3, 2m), On(-2, 2m), On(-1, 2m)])).Reason);
    }

    [Fact]
    public void Platelets_engraft_at_20_and_50_without_transfusion_in_the_7_days_before()
    {
        BloodCount[] counts = [On(12, 8m), On(20, 22m), On(21, 25m), On(22, 30m), On(28, 52m), On(29, 55m), On(30, 60m)];

        EngraftmentOutcome at20 = EngraftmentCriteria.Platelets(Timeline, counts, [], EngraftmentCriteria.PlateletThreshold20);
        EngraftmentOutcome at50 = EngraftmentCriteria.Platelets(Timeline, counts, [], EngraftmentCriteria.PlateletThreshold50);

        Assert.Equal(TransplantDay.Of(20), Assert.IsType<EngraftmentOutcome.Engrafted>(at20).Day);
        Assert.Equal(TransplantDay.Of(28), Assert.IsType<EngraftmentOutcome.Engrafted>(at50).Day);
    }

    [Fact]
    public void A_platelet_transfusion_within_7_days_before_a_value_disqualifies_it()
    {
        BloodCount[] counts = [On(20, 22m), On(21, 25m), On(22, 30m), On(23, 31m), On(30, 40m), On(31, 45m)];

        EngraftmentOutcome justAfter = EngraftmentCriteria.Platelets(Timeline, counts, [DayZero.AddDays(15)]);
        EngraftmentOutcome longBefore = EngraftmentCriteria.Platelets(Timeline, counts, [DayZero.AddDays(12)]);

        Assert.Equal(TransplantDay.Of(23), Assert.IsType<EngraftmentOutcome.Engrafted>(justAfter).Day);
        Assert.Equal(TransplantDay.Of(20), Assert.IsType<EngraftmentOutcome.Engrafted>(longBefore).Day);
        EngraftmentOutcome.NotEngrafted supported = Assert.IsType<EngraftmentOutcome.NotEngrafted>(
            EngraftmentCriteria.Platelets(Timeline, [On(20, 22m), On(21, 25m), On(22, 30m)], [DayZero.AddDays(21)]));
        Assert.Equal(
            "platelets ≥ 20 × 10⁹/L not reached on 3 consecutive values on different days without a platelet transfusion in the 7 days before; latest value 2025-03-23: 30 10*9/L (day +22).",
            supported.Reason);
    }

    [Fact]
    public void An_anc_that_never_fell_below_0_5_is_never_below_not_engraftment_on_day_0()
    {
        EngraftmentOutcome outcome = EngraftmentCriteria.Neutrophils(Timeline, [On(0, 2.1m), On(1, 1.4m), On(2, 0.9m), On(5, 0.7m)]);

        EngraftmentOutcome.NeverBelowThreshold never = Assert.IsType<EngraftmentOutcome.NeverBelowThreshold>(outcome);
        Assert.Equal((0.7m, DayZero.AddDays(5)), (never.LowestCount.BillionPerLitre, never.LatestCount.Date));
        Assert.Equal(never, Support.Json.RoundTrip<EngraftmentOutcome>(outcome));
    }

    [Fact]
    public void Values_before_the_count_first_falls_below_the_threshold_do_not_count_toward_recovery()
    {
        EngraftmentOutcome outcome = EngraftmentCriteria.Neutrophils(Timeline, [On(0, 2.1m), On(1, 1.4m), On(2, 0.9m), On(6, 0.2m), On(15, 0.6m), On(16, 0.7m), On(17, 0.8m)]);

        Assert.Equal(TransplantDay.Of(15), Assert.IsType<EngraftmentOutcome.Engrafted>(outcome).Day);
    }

    [Fact]
    public void Platelets_never_below_20_are_never_below_only_without_any_platelet_transfusion()
    {
        BloodCount[] counts = [On(1, 90m), On(5, 40m), On(9, 30m), On(20, 35m)];

        Assert.IsType<EngraftmentOutcome.NeverBelowThreshold>(EngraftmentCriteria.Platelets(Timeline, counts, []));
        EngraftmentOutcome transfused = EngraftmentCriteria.Platelets(Timeline, counts, [DayZero.AddDays(4)]);
        Assert.Contains("without a platelet transfusion in the 7 days before", Assert.IsType<EngraftmentOutcome.NotEngrafted>(transfused).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_20_and_50_platelet_thresholds_exist()
    {
        Assert.Contains("must be 20 or 50", Assert.Throws<DomainValidationException>(() => EngraftmentCriteria.Platelets(Timeline, [], [], 100m)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_and_outcomes_round_trip_through_json_and_bad_counts_are_rejected()
    {
        EngraftmentOutcome outcome = EngraftmentCriteria.Neutrophils(Timeline, [On(10, 0.1m), On(14, 0.5m), On(15, 0.6m), On(16, 0.7m)]);

        EngraftmentOutcome read = Support.Json.RoundTrip(outcome);

        Assert.Equal(((EngraftmentOutcome.Engrafted)outcome).QualifyingCounts, ((EngraftmentOutcome.Engrafted)read).QualifyingCounts);
        Assert.Contains("Count must be a cell concentration", Support.Json.Rejects<BloodCount>("""{"Date":"2025-03-02","Count":{"Amount":1,"Unit":"mg/dL"}}""").Message, StringComparison.Ordinal);
        Assert.Contains("Count must not be negative", Support.Json.Rejects<BloodCount>("""{"Date":"2025-03-02","Count":{"Amount":-1,"Unit":"10*9/L"}}""").Message, StringComparison.Ordinal);
    }
}
