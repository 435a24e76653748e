using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;
using AllTx.Domain.Patients;
using AllTx.Domain.Tests.Support;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Drugs;

public class LabelRegimenTests
{
    private static readonly BodyMeasurements Adult = Bodies.Of(70m, 170m);
    private static readonly BodyMeasurements Child = Bodies.Of(30m, 130m);

    [Fact]
    public void Blinatumomab_cycles_are_28_days_on_and_14_days_off()
    {
        Assert.Equal(TreatmentCycle.Of(28, 14), LabelRegimens.Blinatumomab.Cycle);
        Assert.Equal(42, LabelRegimens.Blinatumomab.Cycle!.LengthInDays);
    }

    [Theory]
    [InlineData(1, "9 ug/d")]
    [InlineData(7, "9 ug/d")]
    [InlineData(8, "28 ug/d")]
    [InlineData(28, "28 ug/d")]
    public void Blinatumomab_at_45_kg_or_more_is_9_then_28_ug_per_day(int day, string expected)
    {
        AbsoluteLabelDose dose = LabelRegimens.Blinatumomab.AbsoluteDoseFor(BodyMeasurements.WeightOnly(BodyWeight.FromKilograms(45m)), CycleDay.From(day));

        Assert.Equal(Quantity.Parse(expected), dose.Lowest.Value);
        Assert.IsType<DoseBasisMeasurement.Fixed>(dose.Lowest.Measurement);
    }

    [Theory]
    [InlineData(1, "5 ug/(m2.d)", "9 ug/d", "5.2040 ug/d")]
    [InlineData(8, "15 ug/(m2.d)", "28 ug/d", "15.6120 ug/d")]
    public void Blinatumomab_below_45_kg_is_per_m2_with_the_9_and_28_ug_per_day_caps(int day, string labelDose, string cap, string absolute)
    {
        AbsoluteLabelDose dose = LabelRegimens.Blinatumomab.AbsoluteDoseFor(Child, CycleDay.From(day));

        Assert.Equal(Quantity.Parse(labelDose), dose.Step.Dose.Lowest.Quantity);
        Assert.Equal(Quantity.Parse(cap), dose.Step.Cap);
        Assert.Equal(Quantity.Parse(absolute), dose.Lowest.Value);
        Assert.Equal(1.0408m, Assert.IsType<DoseBasisMeasurement.PerBodySurfaceArea>(dose.Lowest.Measurement).SurfaceArea.Value.Value);
    }

    [Fact]
    public void Blinatumomab_below_45_kg_is_capped_at_28_ug_per_day_after_normalisation()
    {
        BodyMeasurements tall = Bodies.Of(44.9m, 290m);

        AbsoluteLabelDose dose = LabelRegimens.Blinatumomab.AbsoluteDoseFor(tall, CycleDay.From(8));

        Assert.True(dose.Lowest.IsCapped);
        Assert.Equal(Quantity.Parse("28 ug/d"), dose.Lowest.Value);
    }

    [Fact]
    public void Blinatumomab_gives_no_dose_in_the_treatment_free_days()
    {
        Assert.Null(LabelRegimens.Blinatumomab.StepFor(BodyWeight.FromKilograms(70m), CycleDay.From(29)));
        Assert.Throws<InvalidOperationException>(() => LabelRegimens.Blinatumomab.AbsoluteDoseFor(Adult, CycleDay.From(35)));
    }

    [Theory]
    [InlineData(1, "0.8 mg/m2")]
    [InlineData(8, "0.5 mg/m2")]
    [InlineData(15, "0.5 mg/m2")]
    public void Inotuzumab_cycle_1_is_0_8_then_0_5_and_0_5_mg_per_m2(int day, string expected)
    {
        Assert.Equal(Quantity.Parse(expected), LabelRegimens.InotuzumabFirstCycle.StepFor(BodyWeight.FromKilograms(70m), CycleDay.From(day))!.Dose.Lowest.Quantity);
    }

    [Fact]
    public void Inotuzumab_cycle_1_totals_1_8_mg_per_m2_and_later_cycles_in_CR_or_CRi_1_5_mg_per_m2()
    {
        decimal sum = LabelRegimens.InotuzumabFirstCycle.Steps.Sum(step => step.Dose.Lowest.Amount);

        Assert.Equal(1.8m, sum);
        Assert.Equal(Quantity.Parse("1.8 mg/m2"), LabelRegimens.InotuzumabFirstCycleTotal.Quantity);
        Assert.Equal(Quantity.Parse("1.5 mg/m2"), LabelRegimens.InotuzumabLaterCycleTotalInCompleteRemission.Quantity);
        Assert.Equal(Quantity.Parse("1.45448 mg"), LabelRegimens.InotuzumabFirstCycle.AbsoluteDoseFor(Adult, CycleDay.From(1)).Lowest.Value);
    }

    [Fact]
    public void Tisagenlecleucel_ranges_are_per_kg_up_to_50_kg_and_total_above()
    {
        AbsoluteLabelDose light = LabelRegimens.Tisagenlecleucel.AbsoluteDoseFor(BodyMeasurements.WeightOnly(BodyWeight.FromKilograms(50m)), CycleDay.From(1));
        AbsoluteLabelDose heavy = LabelRegimens.Tisagenlecleucel.AbsoluteDoseFor(BodyMeasurements.WeightOnly(BodyWeight.FromKilograms(50.1m)), CycleDay.From(1));

        Assert.Equal((Quantity.Parse("10 10*6"), Quantity.Parse("250 10*6")), (light.Lowest.Value, light.Highest.Value));
        Assert.Equal((Quantity.Parse("0.1 10*8{cells}"), Quantity.Parse("2.5 10*8{cells}")), (heavy.Lowest.Value, heavy.Highest.Value));
        Assert.Equal(CellPopulation.CarPositiveViableTCells, light.Step.Dose.Lowest.CountedCells);
    }

    [Fact]
    public void Check_says_within_above_or_below_the_label_range()
    {
        LabelRegimen blinatumomab = LabelRegimens.Blinatumomab;

        Assert.IsType<DoseRangeCheck.WithinLabelRange>(blinatumomab.Check(Adult, CycleDay.From(8), Quantity.Parse("0.028 mg/d")).Value);
        DoseRangeCheck.AboveLabelRange above = Assert.IsType<DoseRangeCheck.AboveLabelRange>(blinatumomab.Check(Adult, CycleDay.From(3), Quantity.Parse("28 ug/d")).Value);
        Assert.Equal(Quantity.Parse("19 ug/d"), above.Excess);
        DoseRangeCheck.BelowLabelRange below = Assert.IsType<DoseRangeCheck.BelowLabelRange>(blinatumomab.Check(Adult, CycleDay.From(8), Quantity.Parse("9 ug/d")).Value);
        Assert.Equal(Quantity.Parse("19 ug/d"), below.Shortfall);
        Assert.IsType<DoseRangeCheck.WithinLabelRange>(LabelRegimens.Tisagenlecleucel.Check(BodyMeasurements.WeightOnly(BodyWeight.FromKilograms(20m)), CycleDay.From(1), Quantity.Parse("0.5 10*8")).Value);
    }

    [Fact]
    public void Check_is_not_comparable_for_a_wrong_unit_a_missing_height_or_a_treatment_free_day()
    {
        LabelRegimen blinatumomab = LabelRegimens.Blinatumomab;

        Assert.Contains("not commensurable", NotComparable(blinatumomab.Check(Adult, CycleDay.From(8), Quantity.Parse("28 ug/(m2.d)"))), StringComparison.Ordinal);
        Assert.Contains("a body height", NotComparable(blinatumomab.Check(BodyMeasurements.WeightOnly(BodyWeight.FromKilograms(30m)), CycleDay.From(8), Quantity.Parse("15 ug/d"))), StringComparison.Ordinal);
        Assert.Contains("gives no dose", NotComparable(blinatumomab.Check(Adult, CycleDay.From(30), Quantity.Parse("28 ug/d"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Match_handles_each_outcome()
    {
        DoseRangeCheck check = LabelRegimens.Blinatumomab.Check(Adult, CycleDay.From(8), Quantity.Parse("30 ug/d"));

        Assert.Equal("above", check.Match(_ => "within", _ => "above", _ => "below", _ => "n/a"));
    }

    [Fact]
    public void Regimens_and_checks_round_trip_through_JSON()
    {
        LabelRegimen copy = Support.Json.RoundTrip(LabelRegimens.Blinatumomab);
        DoseRangeCheck check = LabelRegimens.Blinatumomab.Check(Adult, CycleDay.From(8), Quantity.Parse("30 ug/d"));

        Assert.Equal(LabelRegimens.Blinatumomab.Steps, copy.Steps);
        Assert.Equal(Quantity.Parse("15.6120 ug/d"), copy.AbsoluteDoseFor(Child, CycleDay.From(8)).Lowest.Value);
        Assert.Equal(check, Support.Json.RoundTrip(check));
        Assert.Contains("\"case\":\"aboveLabelRange\"", System.Text.Json.JsonSerializer.Serialize(check), StringComparison.Ordinal);
    }

    [Fact]
    public void Regimen_JSON_rejects_reversed_day_ranges_empty_steps_and_bad_cycle_days()
    {
        Assert.Contains("DayRange must not end before it starts", Support.Json.Rejects<DayRange>("""{"First":8,"Last":7}""").Message, StringComparison.Ordinal);
        Assert.Equal("'0' is not a valid CycleDay: must be at least 1 and at most 366.", Support.Json.Rejects<DayRange>("""{"First":0,"Last":7}""").Message);
        Assert.Equal("$", Support.Json.Rejects<CycleDay>("1.5").Path);
        string json = System.Text.Json.JsonSerializer.Serialize(LabelRegimens.InotuzumabFirstCycle);
        int start = json.IndexOf("\"Steps\":[", StringComparison.Ordinal) + "\"Steps\":[".Length;
        int end = json.IndexOf("],\"Source\"", StringComparison.Ordinal);
        Assert.Contains("Steps must hold at least one step", Support.Json.Rejects<LabelRegimen>(json[..start] + json[end..]).Message, StringComparison.Ordinal);
        Assert.Contains("TreatmentCycle needs at least 1 day on treatment", Support.Json.Rejects<TreatmentCycle>("""{"DaysOnTreatment":0,"TreatmentFreeDays":14}""").Message, StringComparison.Ordinal);
    }

    private static string NotComparable(DoseRangeCheck check) => Assert.IsType<DoseRangeCheck.NotComparable>(check.Value).Reason;
}
