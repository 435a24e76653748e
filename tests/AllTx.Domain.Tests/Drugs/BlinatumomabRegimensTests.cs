using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;
using AllTx.Domain.Patients;
using AllTx.Domain.Tests.Support;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Drugs;

public class BlinatumomabRegimensTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(28)]
    public void MRD_positive_cycles_give_28_ug_per_day_on_days_1_to_28_from_45_kg(int day)
    {
        AbsoluteLabelDose dose = BlinatumomabRegimens.MrdPositive.AbsoluteDoseFor(BodyMeasurements.WeightOnly(BodyWeight.FromKilograms(45m)), CycleDay.From(day));

        Assert.Equal(Quantity.Parse("28 ug/d"), dose.Lowest.Value);
    }

    [Fact]
    public void MRD_positive_cycles_below_45_kg_give_15_ug_per_m2_per_day_capped_at_28_ug_per_day()
    {
        RegimenStep step = BlinatumomabRegimens.MrdPositive.StepFor(BodyWeight.FromKilograms(44.9m), CycleDay.From(1))!;

        Assert.Equal(Dose.PerBodySurfaceArea(15m, DoseUnit.Parse("ug/(m2.d)")), step.Dose.Lowest);
        Assert.Equal(Quantity.Of(28m, Unit.MicrogramPerDay), step.Cap);
    }

    [Fact]
    public void MRD_positive_and_relapsed_refractory_induction_and_consolidation_cycles_are_28_days_on_and_14_off()
    {
        Assert.Equal(TreatmentCycle.Of(28, 14), BlinatumomabRegimens.MrdPositive.Cycle);
        Assert.Equal(TreatmentCycle.Of(28, 14), BlinatumomabRegimens.RelapsedRefractoryInductionAndConsolidation.Cycle);
    }

    [Fact]
    public void Relapsed_refractory_continued_therapy_cycles_are_28_days_on_and_56_off()
    {
        Assert.Equal(TreatmentCycle.Of(28, 56), BlinatumomabRegimens.RelapsedRefractoryContinuedTherapy.Cycle);
        Assert.Equal(84, BlinatumomabRegimens.RelapsedRefractoryContinuedTherapy.Cycle!.LengthInDays);
    }

    [Fact]
    public void The_treatment_free_days_give_no_dose()
    {
        Assert.Null(BlinatumomabRegimens.MrdPositive.StepFor(BodyWeight.FromKilograms(70m), CycleDay.From(29)));
        Assert.Null(BlinatumomabRegimens.RelapsedRefractoryContinuedTherapy.StepFor(BodyWeight.FromKilograms(70m), CycleDay.From(84)));
    }

    [Theory]
    [InlineData(1, "blinatumomab, cycle 1")]
    [InlineData(2, "blinatumomab, relapsed or refractory B-ALL, cycles 2-5")]
    [InlineData(5, "blinatumomab, relapsed or refractory B-ALL, cycles 2-5")]
    [InlineData(6, "blinatumomab, relapsed or refractory B-ALL, continued therapy cycles 6-9")]
    [InlineData(9, "blinatumomab, relapsed or refractory B-ALL, continued therapy cycles 6-9")]
    public void Relapsed_refractory_cycles_map_to_induction_consolidation_and_continued_therapy(int cycle, string expected)
    {
        Assert.Equal(expected, BlinatumomabRegimens.ForRelapsedRefractoryCycle(cycle).Name);
    }

    [Fact]
    public void Relapsed_refractory_cycle_1_steps_up_from_9_ug_per_day()
    {
        LabelRegimen cycle1 = BlinatumomabRegimens.ForRelapsedRefractoryCycle(1);

        Assert.Equal(Quantity.Parse("9 ug/d"), cycle1.AbsoluteDoseFor(Bodies.Of(70m, 170m), CycleDay.From(7)).Lowest.Value);
        Assert.Equal(Quantity.Parse("28 ug/d"), cycle1.AbsoluteDoseFor(Bodies.Of(70m, 170m), CycleDay.From(8)).Lowest.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void A_relapsed_refractory_cycle_the_label_does_not_list_is_refused_with_the_rule_and_source(int cycle)
    {
        DomainValidationException error = Assert.Throws<DomainValidationException>(() => BlinatumomabRegimens.ForRelapsedRefractoryCycle(cycle));

        Assert.Equal("cycle", error.ParamName);
        Assert.Equal(cycle.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Value);
        Assert.Contains("1-9", error.Rule);
        Assert.Contains("J Hematol Oncol 2019;12:15", error.Rule);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(0, false)]
    public void MRD_positive_cycles_run_from_1_to_4(int cycle, bool listed)
    {
        if (listed)
        {
            Assert.Same(BlinatumomabRegimens.MrdPositive, BlinatumomabRegimens.ForMrdPositiveCycle(cycle));
        }
        else
        {
            Assert.Contains("1-4", Assert.Throws<DomainValidationException>(() => BlinatumomabRegimens.ForMrdPositiveCycle(cycle)).Rule);
        }
    }

    [Fact]
    public void Every_regimen_cites_the_label_dosing_table()
    {
        Assert.All(
            [BlinatumomabRegimens.MrdPositive, BlinatumomabRegimens.RelapsedRefractoryInductionAndConsolidation, BlinatumomabRegimens.RelapsedRefractoryContinuedTherapy],
            regimen => Assert.Equal(SourceReference.BlinatumomabLabelDosingTable, regimen.Source));
        Assert.Contains("doi:10.1186/s13045-019-0703-z", SourceReference.BlinatumomabLabelDosingTable.Citation);
    }
}
