using AllTx.Domain.Dosing;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Dosing;

/// <summary>The text APIs that ATX1003 checks constants against: DoseUnit.Parse and Dose.Parse.</summary>
public class DoseParsingTests
{
    [Theory]
    [InlineData("mcg/d", "ug/d")]
    [InlineData("µg/m2/day", "ug/m2/d")]
    [InlineData("MG/M2", "mg/m2")]
    public void DoseUnit_Parse_refuses_non_UCUM_spellings_with_the_UCUM_suggestion(string text, string suggestion)
    {
        UnitParseException error = Assert.Throws<UnitParseException>(() => DoseUnit.Parse(text));

        Assert.Equal(text, error.Input);
        Assert.Equal(suggestion, Assert.Single(error.Suggestions));
        Assert.StartsWith($"Unit '{text}' is not a valid UCUM code (UCUM codes are case-sensitive and have no spaces): ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"; did you mean '{suggestion}'?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("28 ug/d", 28, "ug/d", NormalizationBasis.Fixed)]
    [InlineData("15 ug/(m2.d)", 15, "ug/(m2.d)", NormalizationBasis.PerSquareMetreBodySurfaceArea)]
    [InlineData("15 ug/m2/d", 15, "ug/m2/d", NormalizationBasis.PerSquareMetreBodySurfaceArea)]
    [InlineData(" 0.8 mg/m2 ", 0.8, "mg/m2", NormalizationBasis.PerSquareMetreBodySurfaceArea)]
    [InlineData("2.5 mg/kg", 2.5, "mg/kg", NormalizationBasis.PerKilogramBodyWeight)]
    [InlineData("1.5e2 mg/d", 150, "mg/d", NormalizationBasis.Fixed)]
    public void Dose_Parse_reads_the_amount_and_the_UCUM_unit_and_takes_the_basis_from_the_unit(string text, decimal amount, string unit, NormalizationBasis basis)
    {
        Dose dose = Dose.Parse(text);

        Assert.Equal(amount, dose.Amount);
        Assert.Equal(unit, dose.Unit.Unit.Code);
        Assert.Equal(basis, dose.Basis);
        Assert.Null(dose.CountedCells);
    }

    [Fact]
    public void Dose_Parse_reads_cell_doses_with_the_cells_they_count_and_round_trips_ToString()
    {
        Dose car = Dose.CellsPerBodyWeight(1m, DoseUnit.Parse("10*6/kg"), CellPopulation.CarPositiveViableTCells);
        Dose total = Dose.TotalCells(2.5m, DoseUnit.Parse("10*8{cells}"), CellPopulation.CarPositiveViableTCells);

        Assert.Equal(car, Dose.Parse("1 10*6/kg CarPositiveViableTCells"));
        Assert.Equal(total, Dose.Parse(total.ToString()));
        Assert.Equal(Dose.Parse("15 ug/(m2.d)"), Dose.Parse(Dose.Parse("15 ug/(m2.d)").ToString()));
    }

    [Fact]
    public void Dose_Parse_refuses_a_number_without_a_unit()
    {
        FormatException error = Assert.Throws<FormatException>(() => Dose.Parse("28"));

        Assert.Equal("Dose '28' has no unit: a bare number is never a dose; write the amount, a space and a UCUM unit, e.g. '28 ug/d' or '15 ug/(m2.d)'.", error.Message);
    }

    [Fact]
    public void Dose_Parse_refuses_non_UCUM_units_non_dose_units_missing_numbers_and_bad_cell_populations()
    {
        Assert.Contains("did you mean 'ug/d'", Assert.Throws<UnitParseException>(() => Dose.Parse("28 mcg/d")).Message, StringComparison.Ordinal);
        Assert.Contains("DoseUnit must be a mass", Assert.Throws<DomainValidationException>(() => Dose.Parse("1.6 mg/dL")).Message, StringComparison.Ordinal);
        Assert.Contains("Amount must be greater than 0", Assert.Throws<DomainValidationException>(() => Dose.Parse("0 mg")).Message, StringComparison.Ordinal);
        Assert.Contains("does not start with a number ('ug/d')", Assert.Throws<FormatException>(() => Dose.Parse("ug/d")).Message, StringComparison.Ordinal);
        Assert.Contains("is a cell dose: after the unit write which cells are counted", Assert.Throws<FormatException>(() => Dose.Parse("1 10*6/kg")).Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => Dose.Parse("1 10*6/kg 3"));
        Assert.Throws<FormatException>(() => Dose.Parse("1 10*6/kg CarPositiveViableTCells,Cd3PositiveCells"));
        Assert.Contains("only a cell dose names the cells", Assert.Throws<FormatException>(() => Dose.Parse("28 ug/d daily")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Doses_compare_with_units_converted_and_refuse_doses_on_different_bases_or_cells()
    {
        Assert.True(Dose.Parse("28 ug/d") < Dose.Parse("0.03 mg/d"));
        Assert.True(Dose.Parse("1 mg/m2") > Dose.Parse("500 ug/m2"));
        Assert.True(Dose.Parse("28 ug/d") <= Dose.Parse("0.028 mg/d"));
        Assert.True(Dose.Parse("28 ug/d") >= Dose.Parse("0.028 mg/d"));
        Assert.Throws<IncommensurableUnitsException>(() => Dose.Parse("15 ug/(m2.d)") > Dose.Parse("28 ug/d"));
        Assert.Throws<InvalidOperationException>(() => Dose.Parse("1 10*6/kg CarPositiveViableTCells") < Dose.Parse("1 10*6/kg Cd3PositiveCells"));
        Assert.Throws<ArgumentNullException>(() => Dose.Parse("28 ug/d") < null!);
        Assert.Equal(1, Dose.Parse("28 ug/d").CompareTo(null));
    }
}
