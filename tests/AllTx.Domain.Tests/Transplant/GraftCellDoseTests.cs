using AllTx.Domain.Dosing;
using AllTx.Domain.Transplant;

namespace AllTx.Domain.Tests.Transplant;

public sealed class GraftCellDoseTests
{
    private static readonly DoseUnit MillionPerKg = DoseUnit.Parse("10*6/kg");

    [Fact]
    public void A_graft_records_CD34_and_CD3_cells_per_kg()
    {
        GraftCellDose graft = GraftCellDose.Of(Dose.CellsPerBodyWeight(5.2m, MillionPerKg, CellPopulation.Cd34PositiveCells), Dose.CellsPerBodyWeight(250m, MillionPerKg, CellPopulation.Cd3PositiveCells));

        Assert.Equal(5.2m, graft.Cd34PerKg.Amount);
        Assert.Equal(CellPopulation.Cd3PositiveCells, graft.Cd3PerKg!.CountedCells);
        Assert.Equal(graft, Support.Json.RoundTrip(graft));
        Assert.Null(GraftCellDose.Of(Dose.CellsPerBodyWeight(3m, MillionPerKg, CellPopulation.Cd34PositiveCells)).Cd3PerKg);
    }

    [Fact]
    public void The_wrong_cells_a_total_count_or_a_missing_dose_are_refused_naming_the_field()
    {
        var wrongCells = Assert.Throws<DomainValidationException>(() => GraftCellDose.Of(Dose.CellsPerBodyWeight(5m, MillionPerKg, CellPopulation.Cd3PositiveCells)));
        var total = Assert.Throws<DomainValidationException>(() => GraftCellDose.Of(Dose.CellsPerBodyWeight(5m, MillionPerKg, CellPopulation.Cd34PositiveCells), Dose.TotalCells(2m, DoseUnit.Parse("10*8{cells}"), CellPopulation.Cd3PositiveCells)));

        Assert.Equal("Cd34PerKg", wrongCells.ParamName);
        Assert.Contains("counting Cd34PositiveCells", wrongCells.Rule, StringComparison.Ordinal);
        Assert.Equal("Cd3PerKg", total.ParamName);
        Assert.Equal("Cd34PerKg", Assert.Throws<DomainValidationException>(() => GraftCellDose.Of(null!)).ParamName);
    }
}
