using AllTx.Domain.Mrd;

namespace AllTx.Domain.Tests.Mrd;

public class MrdValueTests
{
    [Theory]
    [InlineData("0.01 %")]
    [InlineData("0.01%")]
    [InlineData("1e-4")]
    [InlineData("0.0001")]
    public void Parse_reads_percentages_and_fractions_alike(string text)
    {
        Assert.Equal(0.0001m, MrdLevel.Parse(text).Value);
        Assert.Equal(0.0001m, AssaySensitivity.Parse(text).Value);
    }

    [Theory]
    [InlineData(0.0001, "1e-4", "0.01 %")]
    [InlineData(0.00025, "2.5e-4", "0.025 %")]
    [InlineData(0.000001, "1e-6", "0.0001 %")]
    [InlineData(0.05, "5e-2", "5 %")]
    public void Values_print_in_scientific_and_percent_notation(decimal fraction, string scientific, string percent)
    {
        Assert.Equal(scientific, MrdLevel.From(fraction).ToString());
        Assert.Equal(percent, AssaySensitivity.From(fraction).ToPercentString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.001)]
    [InlineData(1.01)]
    public void Fractions_outside_0_to_1_are_rejected(decimal fraction)
    {
        Assert.Contains("MrdLevel must be a fraction greater than 0 and at most 1", Assert.Throws<DomainValidationException>(() => MrdLevel.From(fraction)).Message, StringComparison.Ordinal);
        Assert.Contains("AssaySensitivity must be a fraction", Assert.Throws<DomainValidationException>(() => AssaySensitivity.From(fraction)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_rejects_text_that_is_not_a_number_and_percentages_above_100()
    {
        Assert.Contains("neither a fraction", Assert.Throws<FormatException>(() => MrdLevel.Parse("low")).Message, StringComparison.Ordinal);
        Assert.Throws<DomainValidationException>(() => MrdLevel.Parse("150 %"));
    }

    [Fact]
    public void The_default_MRD_threshold_is_1e_minus_4()
    {
        Assert.Equal(0.0001m, MrdLevel.DefaultThreshold.Value);
    }

    [Fact]
    public void Values_round_trip_through_JSON_as_fractions_and_invalid_ones_are_rejected()
    {
        Assert.Equal("0.0001", System.Text.Json.JsonSerializer.Serialize(MrdLevel.From(0.0001m)));
        Assert.Equal(AssaySensitivity.From(0.000001m), Support.Json.RoundTrip(AssaySensitivity.From(0.000001m)));
        Assert.Contains("AssaySensitivity must be a fraction greater than 0", Support.Json.Rejects<AssaySensitivity>("2").Message, StringComparison.Ordinal);
    }
}
