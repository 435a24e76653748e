using AllTx.Domain.Engraftment;
using AllTx.Domain.Transplant;

namespace AllTx.Domain.Tests.Engraftment;

public sealed class GraftFailureCriteriaTests
{
    private static readonly DateOnly DayZero = new(2025, 3, 1);
    private static readonly TransplantTimeline Timeline = TransplantTimeline.StartingOn(DayZero);

    private static EngraftmentOutcome NeutrophilsFrom(int firstDay) =>
        EngraftmentCriteria.Neutrophils(Timeline, [BloodCount.Of(DayZero.AddDays(5), 0.1m), BloodCount.Of(DayZero.AddDays(firstDay), 0.6m), BloodCount.Of(DayZero.AddDays(firstDay + 1), 0.7m), BloodCount.Of(DayZero.AddDays(firstDay + 2), 0.8m)]);

    private static EngraftmentOutcome NeverEngrafted() =>
        EngraftmentCriteria.Neutrophils(Timeline, [BloodCount.Of(DayZero.AddDays(20), 0.1m), BloodCount.Of(DayZero.AddDays(30), 0.2m)]);

    [Theory]
    [InlineData(GraftSource.PeripheralBloodStemCells, 28)]
    [InlineData(GraftSource.BoneMarrow, 28)]
    [InlineData(GraftSource.CordBlood, 42)]
    public void Neutrophils_must_engraft_by_day_28_or_day_42_after_cord_blood(GraftSource source, int day) =>
        Assert.Equal(TransplantDay.Of(day), GraftFailureCriteria.EngraftmentDeadline(source));

    [Fact]
    public void No_engraftment_past_the_deadline_is_primary_graft_failure_and_before_it_is_not_yet()
    {
        Assert.True(GraftFailureCriteria.IsPrimaryGraftFailure(NeverEngrafted(), GraftSource.PeripheralBloodStemCells, TransplantDay.Of(29)));
        Assert.False(GraftFailureCriteria.IsPrimaryGraftFailure(NeverEngrafted(), GraftSource.PeripheralBloodStemCells, TransplantDay.Of(28)));
        Assert.False(GraftFailureCriteria.IsPrimaryGraftFailure(NeverEngrafted(), GraftSource.CordBlood, TransplantDay.Of(35)));
    }

    [Fact]
    public void Engraftment_after_the_deadline_is_primary_graft_failure_and_on_time_is_not()
    {
        Assert.False(GraftFailureCriteria.IsPrimaryGraftFailure(NeutrophilsFrom(21), GraftSource.BoneMarrow, TransplantDay.Of(60)));
        Assert.True(GraftFailureCriteria.IsPrimaryGraftFailure(NeutrophilsFrom(30), GraftSource.BoneMarrow, TransplantDay.Of(60)));
        Assert.False(GraftFailureCriteria.IsPrimaryGraftFailure(NeutrophilsFrom(30), GraftSource.CordBlood, TransplantDay.Of(60)));
    }

    [Fact]
    public void A_count_that_never_fell_below_the_threshold_is_not_graft_failure()
    {
        EngraftmentOutcome neverBelow = EngraftmentCriteria.Neutrophils(Timeline, [BloodCount.Of(DayZero.AddDays(10), 0.9m), BloodCount.Of(DayZero.AddDays(40), 1.2m)]);

        Assert.True(neverBelow.IsNeverBelowThreshold);
        Assert.False(GraftFailureCriteria.IsPrimaryGraftFailure(neverBelow, GraftSource.PeripheralBloodStemCells, TransplantDay.Of(60)));
    }

    [Fact]
    public void An_undeclared_graft_source_is_refused() =>
        Assert.Equal("source", Assert.Throws<DomainValidationException>(() => GraftFailureCriteria.EngraftmentDeadline((GraftSource)9)).ParamName);
}
