using AllTx.Domain.Radiotherapy;
using AllTx.Domain.Transplant;

namespace AllTx.Domain.Tests.Radiotherapy;

public class RadiationDoseTests
{
    [Fact]
    public void A_fractionated_dose_knows_its_dose_per_fraction_and_says_it_in_words()
    {
        RadiationDose tbi = RadiationDose.Fractionated(12m, 6);

        Assert.Equal((12m, 6, 2m), (tbi.TotalGray, tbi.Fractions, tbi.GrayPerFraction));
        Assert.Equal("12 Gy in 6 fractions", tbi.ToString());
        Assert.Equal("2 Gy in 1 fraction", RadiationDose.Fractionated(2m, 1).ToString());
    }

    [Fact]
    public void A_dose_per_fraction_times_the_fractions_is_the_total()
    {
        Assert.Equal(RadiationDose.Fractionated(13.2m, 8), RadiationDose.PerFraction(1.65m, 8));
    }

    [Fact]
    public void A_total_without_fractions_has_no_dose_per_fraction()
    {
        RadiationDose total = RadiationDose.Total(12m);

        Assert.Equal((12m, (int?)null, (decimal?)null), (total.TotalGray, total.Fractions, total.GrayPerFraction));
        Assert.Equal("12 Gy", total.ToString());
    }

    [Theory]
    [InlineData(0, 6, "RadiationDose TotalGray must be greater than 0 Gy; got 0.")]
    [InlineData(-2, 6, "RadiationDose TotalGray must be greater than 0 Gy; got -2.")]
    [InlineData(12, 0, "RadiationDose Fractions must be at least 1; got 0.")]
    public void Refuses_a_dose_that_is_not_positive_and_fewer_than_one_fraction(int totalGray, int fractions, string message)
    {
        DomainValidationException refused = Assert.Throws<DomainValidationException>(() => RadiationDose.Fractionated(totalGray, fractions));

        Assert.StartsWith(message, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_dose_per_fraction_that_is_not_positive()
    {
        DomainValidationException refused = Assert.Throws<DomainValidationException>(() => RadiationDose.PerFraction(0m, 6));

        Assert.Equal(("RadiationDose", "GrayPerFraction must be greater than 0 Gy", "0"), (refused.Concept, refused.Rule, refused.Value));
    }

    [Fact]
    public void Round_trips_through_json_and_leaves_out_fractions_that_are_not_given()
    {
        Assert.Equal(RadiationDose.Fractionated(12m, 6), Support.Json.RoundTrip(RadiationDose.Fractionated(12m, 6)));
        Assert.Equal("""{"TotalGray":12}""", System.Text.Json.JsonSerializer.Serialize(RadiationDose.Total(12m)));
        Assert.Equal(RadiationDose.Total(12m), Support.Json.RoundTrip(RadiationDose.Total(12m)));
    }

    [Theory]
    [InlineData("""{"Fractions":6}""", "TotalGray")]
    [InlineData("""{"TotalGray":0,"Fractions":6}""", "TotalGray must be greater than 0 Gy")]
    [InlineData("""{"TotalGray":12,"Fractions":0}""", "Fractions must be at least 1")]
    public void Json_is_checked_like_the_factories(string json, string expected)
    {
        Assert.Contains(expected, Support.Json.Rejects<RadiationDose>(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_body_irradiation_holds_a_radiation_dose()
    {
        TotalBodyIrradiation tbi = TotalBodyIrradiation.Of(RadiationDose.Fractionated(12m, 6));

        Assert.Equal("TBI 12 Gy in 6 fractions", tbi.ToString());
        Assert.Equal(tbi, Support.Json.RoundTrip(tbi));
        Assert.Equal("""{"Dose":{"TotalGray":12,"Fractions":6}}""", System.Text.Json.JsonSerializer.Serialize(tbi));
        Assert.Contains("requires Dose", Support.Json.Rejects<TotalBodyIrradiation>("""{"Dose":null}""").Message, StringComparison.Ordinal);
        Assert.Throws<DomainValidationException>(() => TotalBodyIrradiation.Of(null!));
    }
}
