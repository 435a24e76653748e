using System.ComponentModel;
using System.Globalization;
using AllTx.Domain.Mrd;

namespace AllTx.Domain.Tests.Mrd;

public class MrdValueTests
{
    [Theory]
    [InlineData("0.01 %")]
    [InlineData("0.01%")]
    [InlineData("1e-4")]
    [InlineData("1E-4")]
    [InlineData("0.0001")]
    public void ParseFractionOrPercent_reads_laboratory_percentages_and_fractions_alike(string text)
    {
        Assert.Equal(0.0001m, MrdLevel.ParseFractionOrPercent(text).Value);
        Assert.Equal(0.0001m, AssaySensitivity.ParseFractionOrPercent(text).Value);
        Assert.True(MrdLevel.TryParseFractionOrPercent(text, out MrdLevel level));
        Assert.Equal(MrdLevel.DefaultThreshold, level);
    }

    [Fact]
    public void The_generated_Parse_reads_the_invariant_decimal_fraction_and_leaves_laboratory_notations_to_ParseFractionOrPercent()
    {
        Assert.Equal(0.0001m, MrdLevel.Parse("0.0001").Value);
        Assert.Equal(0.0001m, AssaySensitivity.Parse("0.0001", CultureInfo.InvariantCulture).Value);
        Assert.False(MrdLevel.TryParse("0.01 %", out _));
        Assert.Equal(MrdLevel.From(0.25m), TypeDescriptor.GetConverter(typeof(MrdLevel)).ConvertFromInvariantString("0.25"));
    }

    [Theory]
    [InlineData(0.0001, "1e-4", "0.01 %")]
    [InlineData(0.00025, "2.5e-4", "0.025 %")]
    [InlineData(0.000001, "1e-6", "0.0001 %")]
    [InlineData(0.05, "5e-2", "5 %")]
    [InlineData(1, "1e0", "100 %")]
    public void Values_print_in_scientific_and_percent_notation_and_read_back(decimal fraction, string scientific, string percent)
    {
        Assert.Equal(scientific, MrdLevel.From(fraction).ToString());
        Assert.Equal(percent, MrdLevel.From(fraction).ToPercentText());
        Assert.Equal(scientific, AssaySensitivity.From(fraction).ToString());
        Assert.Equal(percent, AssaySensitivity.From(fraction).ToPercentText());
        Assert.Equal(fraction, MrdLevel.ParseFractionOrPercent(scientific).Value);
        Assert.Equal(fraction, AssaySensitivity.ParseFractionOrPercent(percent).Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.001)]
    [InlineData(1.01)]
    public void From_rejects_fractions_outside_0_exclusive_to_1_naming_type_value_and_rule(decimal fraction)
    {
        ValueObjectValidationException level = Assert.Throws<ValueObjectValidationException>(() => MrdLevel.From(fraction));
        ValueObjectValidationException sensitivity = Assert.Throws<ValueObjectValidationException>(() => AssaySensitivity.From(fraction));

        string value = fraction.ToString(CultureInfo.InvariantCulture);
        Assert.Equal($"'{value}' is not a valid MrdLevel: must be greater than 0 and at most 1.", level.Message);
        Assert.Equal(typeof(AssaySensitivity), sensitivity.ValueObjectType);
        Assert.Equal("must be greater than 0 and at most 1", sensitivity.Rule);
        Assert.False(MrdLevel.TryFrom(fraction, out _));
    }

    [Fact]
    public void ParseFractionOrPercent_rejects_text_that_is_not_a_number_and_percentages_above_100()
    {
        FormatException notANumber = Assert.Throws<FormatException>(() => MrdLevel.ParseFractionOrPercent("low"));
        Assert.Equal("'low' is not a valid MrdLevel: write a fraction such as '1e-4' or '0.0001', or a percentage such as '0.01 %'.", notANumber.Message);
        Assert.Contains("'1.5' is not a valid AssaySensitivity", Assert.Throws<ValueObjectValidationException>(() => AssaySensitivity.ParseFractionOrPercent("150 %")).Message, StringComparison.Ordinal);
        Assert.False(AssaySensitivity.TryParseFractionOrPercent("150 %", out _));
        Assert.False(AssaySensitivity.TryParseFractionOrPercent(null, out _));
    }

    [Fact]
    public void The_default_MRD_threshold_is_1e_minus_4()
    {
        Assert.Equal(0.0001m, MrdLevel.DefaultThreshold.Value);
        Assert.Equal("0.01 %", MrdLevel.DefaultThreshold.ToPercentText());
    }

    [Fact]
    public void A_sensitivity_is_at_least_as_good_as_the_threshold_when_it_is_numerically_at_most_the_threshold()
    {
        Assert.True(AssaySensitivity.From(0.000001m).IsAtLeastAsSensitiveAs(MrdLevel.DefaultThreshold));
        Assert.True(AssaySensitivity.From(0.0001m).IsAtLeastAsSensitiveAs(MrdLevel.DefaultThreshold));
        Assert.False(AssaySensitivity.From(0.001m).IsAtLeastAsSensitiveAs(MrdLevel.DefaultThreshold));
        Assert.True(MrdLevel.From(0.001m).IsAtOrAbove(MrdLevel.DefaultThreshold));
        Assert.False(MrdLevel.From(0.00001m).IsAtOrAbove(MrdLevel.DefaultThreshold));
    }

    [Fact]
    public void An_uninitialised_level_prints_as_such_and_refuses_to_give_a_value()
    {
        MrdLevel uninitialised = TestValues.Uninitialised<MrdLevel>();

        Assert.Equal("[UNINITIALIZED]", uninitialised.ToString());
        Assert.Throws<ValueObjectValidationException>(() => uninitialised.Value);
    }

    [Fact]
    public void Values_round_trip_through_JSON_as_fractions_and_invalid_ones_are_rejected_with_type_value_and_rule()
    {
        Assert.Equal("0.0001", System.Text.Json.JsonSerializer.Serialize(MrdLevel.From(0.0001m)));
        Assert.Equal(AssaySensitivity.From(0.000001m), Support.Json.RoundTrip(AssaySensitivity.From(0.000001m)));
        Assert.Equal("'2' is not a valid AssaySensitivity: must be greater than 0 and at most 1.", Support.Json.Rejects<AssaySensitivity>("2").Message);
        Assert.Contains("MrdLevel", Support.Json.Rejects<MrdLevel>("null").Message, StringComparison.Ordinal);
    }
}
