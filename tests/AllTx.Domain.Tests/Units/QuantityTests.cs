using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Units;

public class QuantityTests
{
    [Theory]
    [InlineData("1 mg", "ug", "1000")]
    [InlineData("2500 ug", "mg", "2.5")]
    [InlineData("1.5 g", "mg", "1500")]
    [InlineData("28 ug/d", "mg/d", "0.028")]
    [InlineData("1 10*8{cells}", "10*6", "100")]
    [InlineData("5 10*3/uL", "10*9/L", "5")]
    [InlineData("12 g/dL", "g/L", "120")]
    [InlineData("15 ug/m2/d", "mg/(m2.d)", "0.015")]
    public void ConvertTo_converts_between_commensurable_units_with_exact_decimal_factors(string from, string to, string expected)
    {
        Quantity converted = Quantity.Parse(from).ConvertTo(Unit.Parse(to));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), converted.Amount);
        Assert.Equal(Unit.Parse(to), converted.Unit);
    }

    [Theory]
    [InlineData("9 ug/d", "ug")]
    [InlineData("5 ug/(m2.d)", "ug/d")]
    [InlineData("2 mg/kg", "mg")]
    [InlineData("1 10*6/kg", "10*6")]
    [InlineData("1.6 mg/dL", "umol/L")]
    [InlineData("1 %", "mg")]
    public void ConvertTo_refuses_incommensurable_units_with_a_typed_error(string from, string to)
    {
        Quantity quantity = Quantity.Parse(from);

        IncommensurableUnitsException error = Assert.Throws<IncommensurableUnitsException>(() => quantity.ConvertTo(Unit.Parse(to)));

        Assert.Equal(quantity, error.Quantity);
        Assert.Contains("not commensurable", error.Message, StringComparison.Ordinal);
        Assert.False(quantity.TryConvertTo(Unit.Parse(to), out _));
    }

    [Fact]
    public void Converting_creatinine_mass_to_substance_concentration_points_to_the_creatinine_conversion()
    {
        IncommensurableUnitsException error = Assert.Throws<IncommensurableUnitsException>(
            () => Quantity.Parse("1.6 mg/dL").ConvertTo(Unit.MicromolePerLitre));

        Assert.Contains("CreatinineConversion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_compares_across_commensurable_units_and_refuses_others()
    {
        Assert.True(Quantity.Parse("1 mg").CompareTo(Quantity.Parse("999 ug")) > 0);
        Assert.Equal(0, Quantity.Parse("28 ug/d").CompareTo(Quantity.Parse("0.028 mg/d")));
        Assert.Throws<IncommensurableUnitsException>(() => Quantity.Parse("28 ug/d").CompareTo(Quantity.Parse("28 ug")));
    }

    [Fact]
    public void Parse_refuses_a_number_without_a_unit_and_a_missing_number()
    {
        Assert.Contains("has no unit", Assert.Throws<FormatException>(() => Quantity.Parse("9")).Message, StringComparison.Ordinal);
        Assert.Contains("does not start with a number", Assert.Throws<FormatException>(() => Quantity.Parse("nine ug/d")).Message, StringComparison.Ordinal);
        Assert.Throws<UnitParseException>(() => Quantity.Parse("9 mcg/d"));
    }

    [Fact]
    public void Of_refuses_a_missing_unit()
    {
        DomainValidationException error = Assert.Throws<DomainValidationException>(() => Quantity.Of(9m, null!));

        Assert.Equal("unit", error.ParamName);
    }

    [Fact]
    public void Quantity_round_trips_through_JSON_and_rejects_a_missing_or_non_UCUM_unit()
    {
        Quantity dose = Quantity.Parse("15 ug/(m2.d)");

        Assert.Equal(dose, Support.Json.RoundTrip(dose));
        Assert.Contains("Unit", Support.Json.Rejects<Quantity>("""{"Amount":9}""").Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'ug/d'", Support.Json.Rejects<Quantity>("""{"Amount":9,"Unit":"mcg/d"}""").Message, StringComparison.Ordinal);
        Assert.Contains("UCUM code", Support.Json.Rejects<Quantity>("""{"Amount":9,"Unit":null}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_prints_the_amount_and_the_UCUM_code_in_the_invariant_culture()
    {
        Assert.Equal("0.5 mg/m2", Quantity.Of(0.5m, Unit.MilligramPerSquareMetre).ToString());
    }
}
