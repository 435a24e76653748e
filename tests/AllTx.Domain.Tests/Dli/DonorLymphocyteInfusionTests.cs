using AllTx.Domain.Dli;
using AllTx.Domain.Dosing;
using AllTx.Domain.Tests.Support;

namespace AllTx.Domain.Tests.Dli;

public class DonorLymphocyteInfusionTests
{
    private static Dose Cd3PerKg(decimal millions) => Dose.CellsPerBodyWeight(millions, DoseUnit.Parse("10*6/kg"), CellPopulation.Cd3PositiveCells);

    [Fact]
    public void A_DLI_is_dosed_in_CD3_positive_cells_per_kg()
    {
        DonorLymphocyteInfusion dli = DonorLymphocyteInfusion.Of(new DateOnly(2025, 7, 1), DliIndication.PreEmptiveForMrd, Cd3PerKg(1m));

        Assert.Equal("2025-07-01 PreEmptiveForMrd DLI 1 10*6/kg Cd3PositiveCells", dli.ToString());
    }

    [Fact]
    public void Other_cells_or_a_total_dose_are_refused()
    {
        Dose carT = Dose.CellsPerBodyWeight(1m, DoseUnit.Parse("10*6/kg"), CellPopulation.CarPositiveViableTCells);
        Dose total = Dose.TotalCells(1m, DoseUnit.Parse("10*8{cells}"), CellPopulation.Cd3PositiveCells);

        Assert.Contains("Dose must be CD3+ cells per kg", Assert.Throws<DomainValidationException>(() => DonorLymphocyteInfusion.Of(new DateOnly(2025, 7, 1), DliIndication.Prophylactic, carT)).Message, StringComparison.Ordinal);
        Assert.Throws<DomainValidationException>(() => DonorLymphocyteInfusion.Of(new DateOnly(2025, 7, 1), DliIndication.Prophylactic, total));
    }

    [Fact]
    public void Low_dose_repeated_schedule_is_every_2_months_for_at_least_36_months()
    {
        DliSchedule schedule = DliSchedule.LowDoseRepeated;
        IReadOnlyList<DateOnly> dates = schedule.PlannedDates(new DateOnly(2025, 1, 15));

        Assert.Equal((2, 36), (schedule.IntervalMonths, schedule.MinimumDurationMonths));
        Assert.Equal(19, dates.Count);
        Assert.Equal((new DateOnly(2025, 3, 15), new DateOnly(2028, 1, 15)), (dates[1], dates[^1]));
        Assert.Equal("every 2 months for at least 36 months", schedule.ToString());
    }

    [Fact]
    public void Schedules_refuse_impossible_intervals()
    {
        Assert.Contains("IntervalMonths must be at least 1", Assert.Throws<DomainValidationException>(() => DliSchedule.Every(0, 12)).Message, StringComparison.Ordinal);
        Assert.Contains("MinimumDurationMonths must be at least one interval", Assert.Throws<DomainValidationException>(() => DliSchedule.Every(3, 2)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trips_through_json_and_rejects_a_wrong_dose()
    {
        DonorLymphocyteInfusion dli = DonorLymphocyteInfusion.Of(new DateOnly(2025, 7, 1), DliIndication.PreEmptiveForChimerismLoss, Cd3PerKg(0.1m));

        Assert.Equal(dli, Support.Json.RoundTrip(dli));
        Assert.Equal(DliSchedule.LowDoseRepeated, Support.Json.RoundTrip(DliSchedule.LowDoseRepeated));
        Assert.Contains(
            "Dose must be CD3+ cells per kg",
            Support.Json.Rejects<DonorLymphocyteInfusion>("""{"Date":"2025-07-01","Indication":"Therapeutic","Dose":{"Amount":1,"Unit":"10*6/kg","CountedCells":"CarPositiveViableTCells"}}""").Message,
            StringComparison.Ordinal);
    }
}
