using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Units;

public class UnitParsingTests
{
    [Theory]
    [InlineData("ug/d")]
    [InlineData("ug/(m2.d)")]
    [InlineData("mg/m2")]
    [InlineData("mg/d")]
    [InlineData("mg/kg")]
    [InlineData("10*6/kg")]
    [InlineData("10*8{cells}")]
    [InlineData("g/dL")]
    [InlineData("mg/dL")]
    [InlineData("umol/L")]
    [InlineData("10*9/L")]
    [InlineData("%")]
    public void Parse_accepts_the_UCUM_codes_named_in_the_domain_brief(string code)
    {
        Assert.Equal(code, Unit.Parse(code).Code);
    }

    [Fact]
    public void Parse_reads_the_slash_spelling_of_per_square_metre_per_day_as_the_same_unit()
    {
        Assert.Equal(Unit.MicrogramPerSquareMetrePerDay, Unit.Parse("ug/m2/d"));
    }

    [Theory]
    [InlineData("mcg/d", "ug/d")]
    [InlineData("µg/d", "ug/d")]
    [InlineData("mcg/m2/day", "ug/m2/d")]
    [InlineData("mg/day", "mg/d")]
    [InlineData("mg/m²", "mg/m2")]
    [InlineData("10^9/L", "10*9/L")]
    [InlineData("MG/DL", "mg/dL")]
    [InlineData("cells/uL", "{cells}/uL")]
    public void Parse_refuses_common_non_UCUM_spellings_with_a_suggestion(string input, string suggestion)
    {
        UnitParseException error = Assert.Throws<UnitParseException>(() => Unit.Parse(input));

        Assert.Contains(suggestion, error.Suggestions);
        Assert.Contains($"did you mean '{suggestion}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(input, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cells/kg", "{cells}/kg")]
    [InlineData("cells", "{cells}")]
    [InlineData("Cells/uL", "{cells}/uL")]
    public void Advice_for_unbraced_cells_never_changes_the_magnitude(string input, string suggestion)
    {
        UnitParseException error = Assert.Throws<UnitParseException>(() => Unit.Parse(input));

        Assert.Equal(suggestion, Assert.Single(error.Suggestions));
        Unit sameMagnitude = Unit.Parse(input.Replace("cells", "1", StringComparison.OrdinalIgnoreCase));
        Assert.All(error.Suggestions, code => Assert.Equal(sameMagnitude, Unit.Parse(code)));
        Assert.NotEqual(sameMagnitude, Unit.Parse(input.Replace("cells", "10*6", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Parse_refuses_an_unknown_code_with_the_reason_and_where()
    {
        UnitParseException error = Assert.Throws<UnitParseException>(() => Unit.Parse("furlong"));

        Assert.Empty(error.Suggestions);
        Assert.Equal("'furlong' is not a UCUM unit at position 1", error.Reason);
        Assert.Contains("Unit 'furlong' is not a valid UCUM code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_returns_false_for_null_and_unknown_codes()
    {
        Assert.False(Unit.TryParse(null, out _));
        Assert.False(Unit.TryParse("mcg", out _));
    }

    [Fact]
    public void Dimensions_keep_fixed_per_kg_per_m2_rates_cells_and_concentrations_apart()
    {
        Unit[] distinct =
        {
            Unit.Parse("mg"), Unit.Parse("mg/d"), Unit.Parse("mg/kg"), Unit.Parse("mg/m2"), Unit.Parse("ug/(m2.d)"),
            Unit.Parse("10*6/kg"), Unit.Parse("10*8{cells}"), Unit.Parse("mg/dL"), Unit.Parse("umol/L"), Unit.Parse("10*9/L"),
            Unit.Parse("%"),
        };

        Assert.Equal(distinct.Length, distinct.Select(unit => unit.Dimension).Distinct().Count());
    }

    [Fact]
    public void Unit_round_trips_through_JSON_as_its_code_and_rejects_a_non_UCUM_code_with_the_suggestion()
    {
        Assert.Equal(Unit.MicrogramPerSquareMetrePerDay, Support.Json.RoundTrip(Unit.MicrogramPerSquareMetrePerDay));
        Assert.Equal("\"ug/(m2.d)\"", System.Text.Json.JsonSerializer.Serialize(Unit.MicrogramPerSquareMetrePerDay));

        Assert.Contains("did you mean 'ug/d'", Support.Json.Rejects<Unit>("\"mcg/d\"").Message, StringComparison.Ordinal);
        Assert.Contains("UCUM code", Support.Json.Rejects<Unit>("42").Message, StringComparison.Ordinal);
    }
}
