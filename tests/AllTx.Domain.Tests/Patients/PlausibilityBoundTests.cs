using System.Globalization;
using AllTx.Domain.Mrd;
using AllTx.Domain.Patients;

namespace AllTx.Domain.Tests.Patients;

/// <summary>Body measurements outside sourced physiological bounds are refused with the expected unit; MRD JSON has one reading.</summary>
public class PlausibilityBoundTests
{
    private static decimal Runtime(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    [Fact]
    public void A_height_in_metres_in_the_centimetre_field_is_refused_naming_centimetres()
    {
        ValueObjectValidationException error = Assert.Throws<ValueObjectValidationException>(() => BodyHeight.FromCentimetres(Runtime("1.75")));

        Assert.Contains("must be at least 20 and at most 300 (centimetres); 1.75 looks like metres, which is 175.00 cm", error.Message, StringComparison.Ordinal);
        Assert.Equal(20m, BodyHeight.FromCentimetres(Runtime("20")).Value);
        Assert.Contains("(centimetres)", Support.Json.Rejects<BodyHeight>("1.75").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weight_of_1_gram_is_refused_and_grams_in_the_kilogram_field_are_named()
    {
        Assert.Contains("must be at least 0.2 and at most 700 (kilograms)", Assert.Throws<ValueObjectValidationException>(() => BodyWeight.FromKilograms(Runtime("0.001"))).Message, StringComparison.Ordinal);
        Assert.Contains("70000 looks like grams, which is 70 kg", Assert.Throws<ValueObjectValidationException>(() => BodyWeight.FromKilograms(Runtime("70000"))).Message, StringComparison.Ordinal);
        Assert.Equal(0.2m, BodyWeight.FromKilograms(Runtime("0.2")).Value);
    }

    [Fact]
    public void An_MRD_level_in_JSON_is_only_ever_a_fraction()
    {
        Assert.Equal(0.0001m, System.Text.Json.JsonSerializer.Deserialize<MrdLevel>("0.0001").Value);
        Support.Json.Rejects<MrdLevel>("\"0.01 %\"");
        Support.Json.Rejects<MrdLevel>("\"0.0001\"");
        Support.Json.Rejects<AssaySensitivity>("\"1e-4\"");
    }
}
