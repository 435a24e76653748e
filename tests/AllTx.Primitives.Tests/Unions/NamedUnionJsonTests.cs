using System.Text.Json;
using static AllTx.Primitives.Tests.Unions.RelapseAfterCd19Therapy;

namespace AllTx.Primitives.Tests.Unions;

/// <summary>A named union in System.Text.Json: the case's object with a leading camel-case "kind".</summary>
public sealed class NamedUnionJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static TheoryData<RelapseAfterCd19Therapy> Relapses => new()
    {
        new Cd19Positive(12.5m),
        new Cd19Negative(40m),
        new LineageSwitch("AML"),
    };

    [Fact]
    public void Writes_the_camel_case_kind_first_then_the_case_properties()
    {
        RelapseAfterCd19Therapy relapse = new Cd19Negative(40m);

        Assert.Equal("""{"kind":"cd19Negative","BlastPercentage":40}""", JsonSerializer.Serialize(relapse));
        Assert.Equal("""{"kind":"cd19Negative","blastPercentage":40}""", JsonSerializer.Serialize(relapse, Web));
    }

    [Fact]
    public void A_case_serialized_on_its_own_carries_its_kind_too()
    {
        Assert.Equal("""{"kind":"lineageSwitch","NewLineage":"AML"}""", JsonSerializer.Serialize(new LineageSwitch("AML")));
    }

    [Theory]
    [MemberData(nameof(Relapses))]
    public void Round_trips_every_case(RelapseAfterCd19Therapy relapse)
    {
        Assert.Equal(relapse, JsonSerializer.Deserialize<RelapseAfterCd19Therapy>(JsonSerializer.Serialize(relapse)));
        Assert.Equal(relapse, JsonSerializer.Deserialize<RelapseAfterCd19Therapy>(JsonSerializer.Serialize(relapse, Web), Web));
    }

    [Fact]
    public void Reads_the_kind_wherever_it_is_in_the_object()
    {
        var relapse = JsonSerializer.Deserialize<RelapseAfterCd19Therapy>("""{"BlastPercentage":12.5,"kind":"cd19Positive"}""");

        Assert.Equal(new Cd19Positive(12.5m), relapse);
    }

    [Fact]
    public void Rejects_a_missing_kind_naming_the_allowed_kinds()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RelapseAfterCd19Therapy>("""{"BlastPercentage":12.5}"""));

        Assert.Equal(
            "The JSON of RelapseAfterCd19Therapy has no \"kind\" property; it must be one of \"cd19Positive\", \"cd19Negative\", \"lineageSwitch\".",
            error.Message);
    }

    [Fact]
    public void Rejects_an_unknown_kind_naming_it_and_the_allowed_kinds()
    {
        var error = Assert.Throws<JsonException>(
            () => JsonSerializer.Deserialize<List<RelapseAfterCd19Therapy>>("""[{"kind":"Cd19Positive","BlastPercentage":1}]"""));

        Assert.Equal(
            "The JSON of RelapseAfterCd19Therapy has the unknown kind \"Cd19Positive\"; allowed kinds are \"cd19Positive\", \"cd19Negative\", \"lineageSwitch\".",
            error.Message);
        Assert.Equal("$[0]", error.Path);
    }

    [Theory]
    [InlineData("""{"kind":3}""", "The \"kind\" of RelapseAfterCd19Therapy must be a string")]
    [InlineData("""[1]""", "Expected a JSON object with a \"kind\" of \"cd19Positive\", \"cd19Negative\", \"lineageSwitch\" for RelapseAfterCd19Therapy, but found StartArray")]
    public void Rejects_a_kind_that_is_not_a_string_and_a_value_that_is_not_an_object(string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RelapseAfterCd19Therapy>(json));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
