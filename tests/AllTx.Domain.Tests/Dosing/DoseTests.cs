using AllTx.Domain.Dosing;
using AllTx.Domain.Patients;
using AllTx.Domain.Tests.Support;
using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Dosing;

public class DoseTests
{
    [Theory]
    [InlineData("mg/dL")]
    [InlineData("%")]
    [InlineData("m2")]
    [InlineData("10*9/L")]
    [InlineData("umol/L")]
    public void DoseUnit_refuses_units_that_are_not_dose_units(string code)
    {
        Assert.Contains("DoseUnit must be a mass, a mass per day or a cell count", Assert.Throws<DomainValidationException>(() => DoseUnit.Parse(code)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mg", DoseUnitKind.FixedMass)]
    [InlineData("ug/d", DoseUnitKind.FixedMassPerDay)]
    [InlineData("mg/kg", DoseUnitKind.MassPerKilogram)]
    [InlineData("mg/kg/d", DoseUnitKind.MassPerKilogramPerDay)]
    [InlineData("mg/m2", DoseUnitKind.MassPerSquareMetre)]
    [InlineData("ug/m2/d", DoseUnitKind.MassPerSquareMetrePerDay)]
    [InlineData("10*8{cells}", DoseUnitKind.TotalCells)]
    [InlineData("10*6/kg", DoseUnitKind.CellsPerKilogram)]
    public void DoseUnit_classifies_each_kind(string code, DoseUnitKind kind)
    {
        Assert.Equal(kind, DoseUnit.Parse(code).Kind);
    }

    [Fact]
    public void Factories_refuse_a_unit_of_another_basis()
    {
        Assert.Contains("PerBodySurfaceArea needs a unit of kind", Assert.Throws<DomainValidationException>(() => Dose.PerBodySurfaceArea(15m, DoseUnit.Parse("ug/d"))).Message, StringComparison.Ordinal);
        Assert.Throws<DomainValidationException>(() => Dose.Fixed(0.8m, DoseUnit.Parse("mg/m2")));
        Assert.Throws<DomainValidationException>(() => Dose.PerBodyWeight(1m, DoseUnit.Parse("10*6/kg")));
        Assert.Throws<DomainValidationException>(() => Dose.CellsPerBodyWeight(1m, DoseUnit.Parse("10*8{cells}"), CellPopulation.Cd3PositiveCells));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Factories_refuse_an_amount_that_is_not_positive(decimal amount)
    {
        DomainValidationException error = Assert.Throws<DomainValidationException>(() => Dose.Fixed(amount, DoseUnit.Parse("mg")));

        Assert.Contains("Dose Amount must be greater than 0", error.Message, StringComparison.Ordinal);
        Assert.Equal("Amount", error.ParamName);
    }

    [Fact]
    public void Cell_doses_say_which_cells_are_counted()
    {
        Dose dose = Dose.CellsPerBodyWeight(1m, DoseUnit.Parse("10*6/kg"), CellPopulation.CarPositiveViableTCells);

        Assert.Equal(CellPopulation.CarPositiveViableTCells, dose.CountedCells);
        Assert.Throws<DomainValidationException>(() => Dose.TotalCells(1m, DoseUnit.Parse("10*8{cells}"), (CellPopulation)99));
    }

    [Fact]
    public void A_fixed_dose_is_its_own_absolute_dose()
    {
        AbsoluteDose absolute = Dose.Fixed(28m, DoseUnit.Parse("ug/d")).ToAbsoluteDose(BodyMeasurements.WeightOnly(BodyWeight.FromKilograms(70m)));

        Assert.Equal(Quantity.Parse("28 ug/d"), absolute.Value);
        Assert.IsType<DoseBasisMeasurement.Fixed>(absolute.Measurement);
        Assert.False(absolute.IsCapped);
    }

    [Fact]
    public void A_per_kg_dose_is_multiplied_by_the_body_weight_used()
    {
        AbsoluteDose absolute = Dose.PerBodyWeight(2.5m, DoseUnit.Parse("mg/kg")).ToAbsoluteDose(BodyMeasurements.WeightOnly(BodyWeight.FromKilograms(62m)));

        Assert.Equal(Quantity.Parse("155 mg"), absolute.Value);
        Assert.Equal(62m, Assert.IsType<DoseBasisMeasurement.PerBodyWeight>(absolute.Measurement).Weight.Value);
    }

    [Fact]
    public void A_per_m2_dose_is_multiplied_by_the_Mosteller_area_and_keeps_the_rate()
    {
        AbsoluteDose absolute = Dose.PerBodySurfaceArea(15m, DoseUnit.Parse("ug/(m2.d)")).ToAbsoluteDose(Bodies.Of(30m, 130m));

        Assert.Equal(Quantity.Parse("15.6120 ug/d"), absolute.Value);
        Assert.Equal(1.0408m, Assert.IsType<DoseBasisMeasurement.PerBodySurfaceArea>(absolute.Measurement).SurfaceArea.Value.Value);
    }

    [Fact]
    public void A_cell_dose_per_kg_becomes_a_total_cell_count()
    {
        AbsoluteDose absolute = Dose.CellsPerBodyWeight(1m, DoseUnit.Parse("10*6/kg"), CellPopulation.CarPositiveViableTCells).ToAbsoluteDose(BodyMeasurements.WeightOnly(BodyWeight.FromKilograms(40m)));

        Assert.Equal(Quantity.Parse("40 10*6"), absolute.Value);
    }

    [Fact]
    public void The_cap_applies_after_normalisation_in_any_commensurable_unit()
    {
        AbsoluteDose absolute = Dose.PerBodySurfaceArea(15m, DoseUnit.Parse("ug/(m2.d)")).ToAbsoluteDose(Bodies.Of(44m, 175m), Quantity.Parse("0.02 mg/d"));

        Assert.Equal(Quantity.Parse("21.9375 ug/d"), absolute.Uncapped);
        Assert.Equal(Quantity.Parse("20 ug/d"), absolute.Value);
        Assert.True(absolute.IsCapped);
    }

    [Fact]
    public void A_per_m2_dose_without_a_height_is_a_typed_error_and_an_incommensurable_cap_too()
    {
        Dose dose = Dose.PerBodySurfaceArea(15m, DoseUnit.Parse("ug/(m2.d)"));

        Assert.Contains("a body height", Assert.Throws<MissingBodyMeasurementException>(() => dose.ToAbsoluteDose(BodyMeasurements.WeightOnly(BodyWeight.FromKilograms(30m)))).Message, StringComparison.Ordinal);
        Assert.Throws<IncommensurableUnitsException>(() => dose.ToAbsoluteDose(Bodies.Of(30m, 130m), Quantity.Parse("28 ug")));
    }

    [Fact]
    public void Doses_and_absolute_doses_round_trip_through_JSON()
    {
        Dose dose = Dose.CellsPerBodyWeight(1m, DoseUnit.Parse("10*6/kg"), CellPopulation.CarPositiveViableTCells);
        AbsoluteDose absolute = Dose.PerBodySurfaceArea(15m, DoseUnit.Parse("ug/(m2.d)")).ToAbsoluteDose(Bodies.Of(44m, 175m), Quantity.Parse("20 ug/d"));

        Assert.Equal(dose, Support.Json.RoundTrip(dose));
        Assert.Equal(absolute, Support.Json.RoundTrip(absolute));
    }

    [Fact]
    public void Dose_JSON_rejects_a_missing_unit_a_non_dose_unit_missing_counted_cells_and_a_zero_amount()
    {
        Assert.Contains("Unit", Support.Json.Rejects<Dose>("""{"Amount":9}""").Message, StringComparison.Ordinal);
        Assert.Contains("DoseUnit must be a mass", Support.Json.Rejects<Dose>("""{"Amount":9,"Unit":"mg/dL"}""").Message, StringComparison.Ordinal);
        Assert.Contains("CountedCells must say which cells", Support.Json.Rejects<Dose>("""{"Amount":1,"Unit":"10*6/kg"}""").Message, StringComparison.Ordinal);
        Assert.Contains("Amount must be greater than 0", Support.Json.Rejects<Dose>("""{"Amount":0,"Unit":"mg"}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AbsoluteDose_JSON_rejects_a_value_that_ignores_the_cap()
    {
        AbsoluteDose absolute = Dose.PerBodySurfaceArea(15m, DoseUnit.Parse("ug/(m2.d)")).ToAbsoluteDose(Bodies.Of(44m, 175m), Quantity.Parse("20 ug/d"));
        string json = System.Text.Json.JsonSerializer.Serialize(absolute).Replace("\"Value\":{\"Amount\":20,", "\"Value\":{\"Amount\":21.9375,", StringComparison.Ordinal);

        Assert.Contains("Value must equal Uncapped limited by Cap", Support.Json.Rejects<AbsoluteDose>(json).Message, StringComparison.Ordinal);
    }
}
