using AllTx.Domain.Mrd;

namespace AllTx.Domain.Tests.Mrd;

public class MrdMonitoringPlanTests
{
    private static readonly DateOnly DayZero = new(2026, 1, 15);

    private static MrdResult On(DateOnly date) =>
        MrdResult.Create(MrdMethod.MultiparameterFlowCytometry, MrdSpecimen.BoneMarrow, date, new MrdOutcome.Negative(AssaySensitivity.ParseFractionOrPercent("1e-4")));

    [Fact]
    public void The_intervals_are_2_to_3_months_for_12_months()
    {
        Assert.Equal((2, 3, 12), (MrdMonitoringPlan.ShortestIntervalMonths, MrdMonitoringPlan.LongestIntervalMonths, MrdMonitoringPlan.MonitoringMonths));
    }

    [Fact]
    public void Before_day_0_a_patient_in_remission_has_a_pre_treatment_assessment_due_and_the_first_one_after_upcoming()
    {
        IReadOnlyList<MrdAssessmentWindow> windows = MrdMonitoringPlan.ForPatientInHaematologicalRemission(MrdMonitoringAnchor.AllogeneicHsct, DayZero).Evaluate([], DayZero.AddDays(-10));

        Assert.Equal(2, windows.Count);
        Assert.Equal(("before allo-HSCT", (DateOnly?)DayZero.AddDays(-30), DayZero.AddDays(-1)), (windows[0].Purpose, windows[0].Earliest, windows[0].Latest));
        Assert.IsType<MrdAssessmentStatus.Due>(windows[0].Status);
        Assert.Equal((new DateOnly(2026, 3, 15), new DateOnly(2026, 4, 15)), (windows[1].Earliest!.Value, windows[1].Latest));
        Assert.IsType<MrdAssessmentStatus.Upcoming>(windows[1].Status);
    }

    [Fact]
    public void A_result_from_before_the_30_day_pre_treatment_window_is_not_the_pre_hsct_assessment()
    {
        MrdMonitoringPlan plan = MrdMonitoringPlan.ForPatientInHaematologicalRemission(MrdMonitoringAnchor.AllogeneicHsct, DayZero);

        IReadOnlyList<MrdAssessmentWindow> stale = plan.Evaluate([On(DayZero.AddMonths(-26))], DayZero.AddDays(-3));
        IReadOnlyList<MrdAssessmentWindow> edge = plan.Evaluate([On(DayZero.AddDays(-30))], DayZero.AddDays(-3));
        IReadOnlyList<MrdAssessmentWindow> tooEarly = plan.Evaluate([On(DayZero.AddDays(-31))], DayZero.AddDays(2));

        Assert.Equal(30, MrdMonitoringPlan.PreTreatmentWindowDays);
        Assert.IsType<MrdAssessmentStatus.Due>(stale[0].Status);
        Assert.Equal(DayZero.AddDays(-30), Assert.IsType<MrdAssessmentStatus.Completed>(edge[0].Status).SampleDate);
        Assert.IsType<MrdAssessmentStatus.Overdue>(tooEarly[0].Status);
    }

    [Fact]
    public void Assessments_done_on_time_cover_the_first_year_and_missed_ones_are_overdue()
    {
        MrdResult[] results = { On(DayZero.AddDays(-7)), On(new DateOnly(2026, 3, 20)), On(new DateOnly(2026, 6, 1)) };

        IReadOnlyList<MrdAssessmentWindow> windows = MrdMonitoringPlan.ForPatientInHaematologicalRemission(MrdMonitoringAnchor.CarTCellTherapy, DayZero).Evaluate(results, new DateOnly(2026, 10, 1));

        Assert.Equal(DayZero.AddDays(-7), Assert.IsType<MrdAssessmentStatus.Completed>(windows[0].Status).SampleDate);
        Assert.IsType<MrdAssessmentStatus.Completed>(windows[1].Status);
        Assert.IsType<MrdAssessmentStatus.Completed>(windows[2].Status);
        Assert.Equal((new DateOnly(2026, 8, 1), new DateOnly(2026, 9, 1)), (windows[3].Earliest!.Value, windows[3].Latest));
        Assert.IsType<MrdAssessmentStatus.Overdue>(windows[3].Status);
        Assert.Equal(("after CAR-T, assessment 4", new DateOnly(2026, 11, 1)), (windows[4].Purpose, windows[4].Earliest!.Value));
        Assert.IsType<MrdAssessmentStatus.Upcoming>(windows[4].Status);
        Assert.Equal(5, windows.Count);
    }

    [Fact]
    public void A_patient_not_in_remission_has_no_pre_treatment_assessment_and_windows_stop_after_12_months()
    {
        DateOnly[] monthly = Enumerable.Range(1, 14).Select(i => DayZero.AddMonths(i).AddDays(15)).ToArray();
        MrdResult[] results = monthly.Where((_, i) => i % 2 == 1).Select(On).ToArray();

        IReadOnlyList<MrdAssessmentWindow> windows = MrdMonitoringPlan.ForPatientNotInRemission(MrdMonitoringAnchor.AllogeneicHsct, DayZero).Evaluate(results, DayZero.AddMonths(14));

        Assert.DoesNotContain(windows, window => window.Purpose.StartsWith("before", StringComparison.Ordinal));
        Assert.All(windows, window => Assert.IsType<MrdAssessmentStatus.Completed>(window.Status));
        Assert.All(windows, window => Assert.True(window.Earliest <= DayZero.AddMonths(12)));
        Assert.Equal(5, windows.Count);
    }

    [Fact]
    public void Plans_round_trip_through_JSON()
    {
        MrdMonitoringPlan plan = MrdMonitoringPlan.ForPatientInHaematologicalRemission(MrdMonitoringAnchor.AllogeneicHsct, DayZero);

        Assert.Equal(plan, Support.Json.RoundTrip(plan));
        Support.Json.Rejects<MrdMonitoringPlan>("""{"Anchor":"Autologous","AnchorDate":"2026-01-15","IncludesPreTreatmentAssessment":true}""");
    }
}
