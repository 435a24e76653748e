using AllTx;
using AllTx.Domain.Tests.Support;
using AllTx.Domain.Trials;

namespace AllTx.Domain.Tests.Trials;

public class TrialRegistryIdTests
{
    [Theory]
    [InlineData("NCT06507514", "NCT06507514")]
    [InlineData(" nct02228096 ", "NCT02228096")]
    public void NctId_is_NCT_and_8_digits(string text, string expected)
    {
        Assert.Equal(expected, NctId.From(text).Value);
    }

    [Theory]
    [InlineData("NCT0650751")]
    [InlineData("NCT065075140")]
    [InlineData("NCT0650751A")]
    [InlineData("06507514")]
    [InlineData("")]
    public void NctId_refuses_anything_else(string text)
    {
        Assert.Contains($"is not a valid NctId: must match", Assert.Throws<ValueObjectValidationException>(() => NctId.From(text)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ChiCTR1900025419")]
    [InlineData("ChiCTR-ONC-17013648")]
    public void ChiCtrId_accepts_both_registry_forms(string text)
    {
        Assert.Equal(text, ChiCtrId.From(text).Value);
    }

    [Theory]
    [InlineData("ChiCTR190002541")]
    [InlineData("CHICTR1900025419")]
    [InlineData("ChiCTR-ONC-1701364")]
    public void ChiCtrId_refuses_other_shapes(string text)
    {
        Assert.Contains("is not a valid ChiCtrId: must match", Assert.Throws<ValueObjectValidationException>(() => ChiCtrId.From(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_tells_the_registries_apart()
    {
        Assert.True(TrialRegistryId.Parse("NCT02614066").IsClinicalTrialsGov);
        Assert.True(TrialRegistryId.Parse("ChiCTR-ONC-17013648").IsChineseClinicalTrialRegistry);
    }

    [Fact]
    public void Parse_refuses_every_bad_id_with_a_ValueObjectValidationException_naming_the_value_and_rule()
    {
        Assert.Equal(
            "'EudraCT 2014-001234-12' is not a valid TrialRegistryId: must be an NCT (ClinicalTrials.gov) or ChiCTR (Chinese Clinical Trial Registry) identifier.",
            Assert.Throws<ValueObjectValidationException>(() => TrialRegistryId.Parse("EudraCT 2014-001234-12")).Message);
        Assert.StartsWith("null is not a valid TrialRegistryId", Assert.Throws<ValueObjectValidationException>(() => TrialRegistryId.Parse(null!)).Message, StringComparison.Ordinal);
        Assert.Equal(typeof(NctId), Assert.Throws<ValueObjectValidationException>(() => TrialRegistryId.Parse("NCT123")).ValueObjectType);
        Assert.Equal(typeof(ChiCtrId), Assert.Throws<ValueObjectValidationException>(() => TrialRegistryId.Parse("ChiCTR-1")).ValueObjectType);
    }

    [Fact]
    public void Ids_round_trip_through_json_and_invalid_ones_are_rejected()
    {
        TrialRegistryId id = TrialRegistryId.Parse("NCT02228096");

        Assert.Equal(id, Support.Json.RoundTrip(id));
        Assert.Equal("NCT02228096", id.ToString());
        Assert.Contains("'NCT123' is not a valid NctId: must match", Support.Json.Rejects<NctId>("\"NCT123\"").Message, StringComparison.Ordinal);
        Assert.Contains("ChiCTR", Support.Json.Rejects<ChiCtrId>("\"ChiCTR-1\"").Message, StringComparison.Ordinal);
    }
}
