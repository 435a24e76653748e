using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;
using AllTx.Domain.Patients;
using AllTx.Domain.Tests.Support;

namespace AllTx.Domain.Tests.Drugs;

public class InotuzumabRegimensTests
{
    private static readonly BodyMeasurements Adult = Bodies.Of(70m, 170m);

    public static TheoryData<string, int, decimal?> DosesPerDay => new()
    {
        { "first", 1, 0.8m }, { "first", 8, 0.5m }, { "first", 15, 0.5m }, { "first", 2, null }, { "first", 21, null },
        { "after CR", 1, 0.5m }, { "after CR", 8, 0.5m }, { "after CR", 15, 0.5m }, { "after CR", 22, null },
        { "without CR", 1, 0.8m }, { "without CR", 8, 0.5m }, { "without CR", 15, 0.5m }, { "without CR", 16, null },
    };

    [Theory]
    [MemberData(nameof(DosesPerDay))]
    public void Each_cycle_gives_its_dose_in_mg_per_m2_on_days_1_8_and_15_only(string cycle, int day, decimal? milligramsPerSquareMetre)
    {
        RegimenStep? step = Regimen(cycle).StepFor(Adult.Weight, CycleDay.From(day));

        Assert.Equal(milligramsPerSquareMetre, step?.Dose.Lowest.Amount);
        if (step is not null)
        {
            Assert.Equal(DoseUnit.Parse("mg/m2"), step.Dose.Lowest.Unit);
        }
    }

    [Fact]
    public void Cycle_1_is_21_days_and_may_extend_to_28_with_7_treatment_free_days_from_day_21()
    {
        Assert.Equal(21, InotuzumabRegimens.FirstCycle.Cycle!.LengthInDays);
        Assert.Equal(28, InotuzumabRegimens.FirstCycleExtended.LengthInDays);
        Assert.Equal(7, InotuzumabRegimens.FirstCycleExtended.TreatmentFreeDays);
    }

    [Fact]
    public void Later_cycles_are_28_days()
    {
        Assert.Equal(28, InotuzumabRegimens.LaterCycleAfterCompleteRemission.Cycle!.LengthInDays);
        Assert.Equal(28, InotuzumabRegimens.LaterCycleWithoutCompleteRemission.Cycle!.LengthInDays);
    }

    [Fact]
    public void Later_cycles_follow_the_response()
    {
        Assert.Same(InotuzumabRegimens.LaterCycleAfterCompleteRemission, InotuzumabRegimens.LaterCycle(achievedCompleteRemission: true));
        Assert.Same(InotuzumabRegimens.LaterCycleWithoutCompleteRemission, InotuzumabRegimens.LaterCycle(achievedCompleteRemission: false));
    }

    [Theory]
    [InlineData("first", 1.8)]
    [InlineData("without CR", 1.8)]
    [InlineData("after CR", 1.5)]
    public void The_doses_per_day_add_up_to_the_cycle_total(string cycle, double total)
    {
        Assert.Equal((decimal)total, Regimen(cycle).Steps.Sum(step => step.Dose.Lowest.Amount));
    }

    [Fact]
    public void The_per_day_doses_agree_with_the_catalogued_cycle_totals()
    {
        Assert.Equal(LabelRegimens.InotuzumabFirstCycleTotal.Amount, InotuzumabRegimens.FirstCycle.Steps.Sum(step => step.Dose.Lowest.Amount));
        Assert.Equal(LabelRegimens.InotuzumabLaterCycleTotalInCompleteRemission.Amount, InotuzumabRegimens.LaterCycleAfterCompleteRemission.Steps.Sum(step => step.Dose.Lowest.Amount));
    }

    [Fact]
    public void The_regimens_cite_the_2024_label()
    {
        Assert.Equal(SourceReference.InotuzumabLabel, InotuzumabRegimens.FirstCycle.Source);
        Assert.Contains("Revised 3/2024", SourceReference.InotuzumabLabel.Citation);
    }

    private static LabelRegimen Regimen(string cycle) => cycle switch
    {
        "first" => InotuzumabRegimens.FirstCycle,
        "after CR" => InotuzumabRegimens.LaterCycleAfterCompleteRemission,
        _ => InotuzumabRegimens.LaterCycleWithoutCompleteRemission,
    };
}
