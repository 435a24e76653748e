using AllTx.Domain.Drugs;
using AllTx.Domain.Mrd;

namespace AllTx.Domain.Tests.Json;

public sealed class EnumJsonTests
{
    private const string WithMethod = """{"Method":METHOD,"Specimen":"BoneMarrow","SampleDate":"2026-03-02","Outcome":{"kind":"positiveNotQuantifiable"}}""";

    [Fact]
    public void An_unknown_name_is_rejected_with_the_enumeration_the_allowed_names_and_the_field()
    {
        var error = Support.Json.Rejects<MrdResult>(WithMethod.Replace("METHOD", "\"Microscopy\"", StringComparison.Ordinal));

        Assert.Contains("'Microscopy' is not a valid MrdMethod: allowed values are ", error.Message, StringComparison.Ordinal);
        Assert.Contains("MultiparameterFlowCytometry", error.Message, StringComparison.Ordinal);
        Assert.Contains("Path: $.Method", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("\"2\"")]
    [InlineData("\"multiparameterFlowCytometry\"")]
    [InlineData("\"DigitalPcr, MultiparameterFlowCytometry\"")]
    public void Numbers_other_casings_and_lists_are_not_names(string method)
    {
        var error = Support.Json.Rejects<MrdResult>(WithMethod.Replace("METHOD", method, StringComparison.Ordinal));

        Assert.Contains("MrdMethod", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flags_enumeration_round_trips_as_a_list_of_names()
    {
        var antigens = TargetAntigen.Cd19 | TargetAntigen.Cd3;

        Assert.Equal(antigens, Support.Json.RoundTrip(antigens));
        Assert.Equal("\"Cd19, Cd3\"", System.Text.Json.JsonSerializer.Serialize(antigens));
    }
}
