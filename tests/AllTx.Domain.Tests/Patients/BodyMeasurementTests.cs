using AllTx.Domain.Patients;

namespace AllTx.Domain.Tests.Patients;

public class BodyMeasurementTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(700.1)]
    public void BodyWeight_rejects_values_outside_0_to_700_kg(decimal kilograms)
    {
        ValueObjectValidationException error = Assert.Throws<ValueObjectValidationException>(() => BodyWeight.FromKilograms(kilograms));

        Assert.StartsWith($"'{kilograms.ToString(System.Globalization.CultureInfo.InvariantCulture)}' is not a valid BodyWeight: must be at least 0.2 and at most 700 (kilograms)", error.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(BodyWeight), error.ValueObjectType);
    }

    [Fact]
    public void BodyWeight_reads_any_mass_unit()
    {
        Assert.Equal(BodyWeight.FromKilograms(70.5m), BodyWeight.FromQuantity(AllTx.Domain.Units.Quantity.Parse("70500 g")));
        Assert.Throws<AllTx.Domain.Units.IncommensurableUnitsException>(() => BodyWeight.FromQuantity(AllTx.Domain.Units.Quantity.Parse("70 cm")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(300.5)]
    public void BodyHeight_rejects_values_outside_0_to_300_cm(decimal centimetres)
    {
        Assert.Contains("is not a valid BodyHeight: must be at least 20 and at most 300 (centimetres)", Assert.Throws<ValueObjectValidationException>(() => BodyHeight.FromCentimetres(centimetres)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5.01)]
    public void BodySurfaceArea_rejects_values_outside_0_to_5_m2(decimal squareMetres)
    {
        Assert.Contains("is not a valid BodySurfaceArea: must be greater than 0 and at most 5.", Assert.Throws<ValueObjectValidationException>(() => BodySurfaceArea.FromSquareMetres(squareMetres)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(70, 170, 1.8181)]
    [InlineData(30, 130, 1.0408)]
    [InlineData(36, 100, 1.0)]
    public void Mosteller_is_the_square_root_of_height_times_weight_over_3600_rounded_to_4_decimals(decimal kilograms, decimal centimetres, decimal squareMetres)
    {
        BodySurfaceAreaEstimate estimate = BodySurfaceAreaEstimate.Mosteller(BodyWeight.FromKilograms(kilograms), BodyHeight.FromCentimetres(centimetres));

        Assert.Equal(squareMetres, estimate.Value.Value);
        Assert.Equal(BodySurfaceAreaFormula.Mosteller, estimate.Formula);
        Assert.Equal(kilograms, estimate.Weight.Value);
        Assert.Equal(centimetres, estimate.Height.Value);
    }

    [Fact]
    public void BodyMeasurements_give_a_Mosteller_area_only_with_a_height()
    {
        Assert.Null(BodyMeasurements.WeightOnly(BodyWeight.FromKilograms(70m)).MostellerBodySurfaceArea());
        Assert.Equal(1.8181m, BodyMeasurements.WeightAndHeight(BodyWeight.FromKilograms(70m), BodyHeight.FromCentimetres(170m)).MostellerBodySurfaceArea()!.Value.Value);
    }

    [Fact]
    public void Measurements_round_trip_through_JSON()
    {
        BodyMeasurements measurements = BodyMeasurements.WeightAndHeight(BodyWeight.FromKilograms(70m), BodyHeight.FromCentimetres(170m));
        BodySurfaceAreaEstimate estimate = measurements.MostellerBodySurfaceArea()!;

        Assert.Equal(measurements, Support.Json.RoundTrip(measurements));
        Assert.Equal(estimate, Support.Json.RoundTrip(estimate));
        Assert.Equal("70", System.Text.Json.JsonSerializer.Serialize(BodyWeight.FromKilograms(70m)));
    }

    [Fact]
    public void JSON_rejects_an_out_of_range_weight_a_null_weight_and_a_missing_weight()
    {
        System.Text.Json.JsonException outOfRange = Support.Json.Rejects<BodyMeasurements>("""{"Weight":-3}""");
        Assert.Equal("'-3' is not a valid BodyWeight: must be at least 0.2 and at most 700 (kilograms).", outOfRange.Message);
        Assert.Equal("$.Weight", outOfRange.Path);

        System.Text.Json.JsonException nullWeight = Support.Json.Rejects<BodyMeasurements>("""{"Weight":null}""");
        Assert.Equal("null is not a valid BodyWeight: a value is required.", nullWeight.Message);
        Assert.Equal("$.Weight", nullWeight.Path);
        Assert.Contains("Weight", Support.Json.Rejects<BodyMeasurements>("""{"Height":170}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JSON_rejects_a_body_surface_area_that_does_not_match_its_formula_and_inputs()
    {
        System.Text.Json.JsonException error = Support.Json.Rejects<BodySurfaceAreaEstimate>("""{"Formula":"Mosteller","Weight":70,"Height":170,"Value":2.5}""");

        Assert.Contains("Value must equal the Mosteller formula of its Weight and Height (1.8181 m2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JSON_rejects_an_unknown_formula_name_and_a_formula_number()
    {
        Support.Json.Rejects<BodySurfaceAreaEstimate>("""{"Formula":"DuBois","Weight":70,"Height":170,"Value":1.8181}""");
        Support.Json.Rejects<BodySurfaceAreaEstimate>("""{"Formula":1,"Weight":70,"Height":170,"Value":1.8181}""");
    }
}
