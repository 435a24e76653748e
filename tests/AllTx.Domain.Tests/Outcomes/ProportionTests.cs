using System.Text.Json;
using AllTx.Domain.Outcomes;
using AllTx.Domain.Tests.Support;

namespace AllTx.Domain.Tests.Outcomes;

public class ProportionTests
{
    [Fact]
    public void Twenty_seven_of_thirty_is_90_point_0_percent()
    {
        Proportion proportion = Proportion.Of(27, 30);

        Assert.Equal(90.0m, proportion.Percentage.Value);
        Assert.Equal("27/30 (90.0 %)", proportion.ToString());
    }

    [Theory]
    [InlineData(8, 13, 61.5)]
    [InlineData(27, 70, 38.6)]
    [InlineData(87, 123, 70.7)]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    public void Percentage_is_rounded_half_away_from_zero_to_one_decimal(int count, int total, decimal expected)
    {
        Assert.Equal(expected, Proportion.Of(count, total).Percentage.Value);
    }

    [Fact]
    public void A_printed_percentage_that_agrees_with_the_counts_is_kept()
    {
        Proportion proportion = Proportion.Of(27, 30, 90.0m);

        Assert.Equal(90.0m, proportion.Printed!.Value.Value);
    }

    [Theory]
    [InlineData(12, 21, 57.0)]
    [InlineData(14, 16, 88.0)]
    public void A_whole_percent_padded_with_point_zero_agrees(int count, int total, decimal printed)
    {
        Assert.True(Proportion.Of(count, total).AgreesWith(Percentage.From(printed)));
    }

    [Fact]
    public void A_printed_percentage_that_disagrees_with_the_counts_is_refused()
    {
        DomainValidationException error = Assert.Throws<DomainValidationException>(() => Proportion.Of(27, 30, 80.0m));

        Assert.Contains("Printed percentage must agree with 27/30 (90.0 %) within 0.5 percentage points; got 80.0 %", error.Message, StringComparison.Ordinal);
        Assert.Equal("Printed", error.ParamName);
    }

    [Theory]
    [InlineData(1, 0, "Total must be greater than 0")]
    [InlineData(31, 30, "Count must be between 0 and Total")]
    [InlineData(-1, 30, "Count must be between 0 and Total")]
    public void Inconsistent_counts_are_refused(int count, int total, string rule)
    {
        Assert.Contains(rule, Assert.Throws<DomainValidationException>(() => Proportion.Of(count, total)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trips_through_json_and_rejects_disagreeing_counts()
    {
        Proportion proportion = Proportion.Of(24, 45, 53.0m);

        Assert.Equal(proportion, Support.Json.RoundTrip(proportion));
        JsonException error = Support.Json.Rejects<Proportion>("""{"Count":27,"Total":30,"Printed":85}""");
        Assert.Contains("Printed percentage must agree with 27/30", error.Message, StringComparison.Ordinal);
        Assert.Contains("Total", Support.Json.Rejects<Proportion>("""{"Count":27}""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Percentage_is_0_to_100()
    {
        Assert.Equal("'100.1' is not a valid Percentage: must be at least 0 and at most 100.", Assert.Throws<ValueObjectValidationException>(() => Percentage.From(TestValues.AtRunTime(100.1m))).Message);
        Assert.Equal("'-1' is not a valid Percentage: must be at least 0 and at most 100.", Support.Json.Rejects<Percentage>("-1").Message);
        Assert.Equal(89.2m, Support.Json.RoundTrip(Percentage.From(89.2m)).Value);
    }
}
