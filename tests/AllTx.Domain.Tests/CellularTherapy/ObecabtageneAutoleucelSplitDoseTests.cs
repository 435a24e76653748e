using AllTx.Domain.CellularTherapy;
using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.CellularTherapy;

public class ObecabtageneAutoleucelSplitDoseTests
{
    [Theory]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(10, true)]
    [InlineData(12, true)]
    [InlineData(13, false)]
    public void The_second_infusion_is_on_day_10_plus_or_minus_2(int day, bool matches)
    {
        Assert.Equal(matches, ObecabtageneAutoleucelSplitDose.Check(Cells("100 10*6{cells}"), Cells("310 10*6{cells}"), CycleDay.From(day)).MatchesLabel);
    }

    [Theory]
    [InlineData("10 10*6{cells}", "400 10*6{cells}", true)]
    [InlineData("1 10*8{cells}", "3.1 10*8{cells}", true)]
    [InlineData("100 10*6{cells}", "300 10*6{cells}", false)]
    [InlineData("100 10*6{cells}", "311 10*6{cells}", false)]
    public void The_two_infusions_together_are_410_million_CAR_positive_viable_T_cells(string first, string second, bool matches)
    {
        SplitDoseCheck check = ObecabtageneAutoleucelSplitDose.Check(Cells(first), Cells(second), CycleDay.From(10));

        Assert.Equal(matches, check.MatchesLabel);
        Assert.Contains(matches ? "is the label's 410 10*6{cells}" : "is not the label's 410 10*6{cells}", check.ToString());
    }

    [Fact]
    public void An_infusion_that_is_not_a_cell_count_is_refused()
    {
        Assert.Throws<IncommensurableUnitsException>(() => ObecabtageneAutoleucelSplitDose.Check(Quantity.Parse("10 mg"), Cells("400 10*6{cells}"), CycleDay.From(10)));
    }

    [Fact]
    public void The_structure_cites_the_2024_label_and_the_blast_sample_window_is_7_days()
    {
        Assert.Equal(7, ObecabtageneAutoleucelSplitDose.BlastSampleWindowDays);
        Assert.Contains("8 November 2024", SourceReference.ObecabtageneAutoleucelLabel.Citation);
    }

    [Fact]
    public void Obecabtagene_autoleucel_is_a_CD19_CAR_T_in_the_drug_catalogue_dosed_in_total_cells()
    {
        Drug drug = DrugCatalogue.Standard.Get(DrugId.From("obecabtagene-autoleucel"));

        Assert.Equal((DrugClass.CarTCellTherapy, TargetAntigen.Cd19, Route.Intravenous), (drug.Class, drug.Targets, drug.Route));
        Assert.Equal(SourceReference.ObecabtageneAutoleucelLabel, drug.Source);
    }

    private static Quantity Cells(string text) => Quantity.Parse(text);
}
