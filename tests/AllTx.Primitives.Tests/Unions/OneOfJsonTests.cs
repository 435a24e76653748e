using System.Text.Encodings.Web;
using System.Text.Json;
using AllTx;

namespace AllTx.Primitives.Tests.Unions;

/// <summary>OneOf in System.Text.Json: {"case": "&lt;case type name&gt;", "value": …}, strict on the way in.</summary>
public sealed class OneOfJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private sealed record Reading(string Patient, OneOf<decimal, string> Blasts);

    [Fact]
    public void Writes_the_case_type_name_and_the_value()
    {
        Assert.Equal("""{"case":"Decimal","value":12.5}""", JsonSerializer.Serialize<OneOf<decimal, string>>(12.5m));
        Assert.Equal("""{"case":"String","value":"not done"}""", JsonSerializer.Serialize<OneOf<decimal, string>>("not done"));
    }

    [Fact]
    public void Round_trips_each_case_inside_a_record_with_web_defaults()
    {
        var numeric = new Reading("P-1", 12.5m);
        var text = new Reading("P-2", "haemolysed sample");

        Assert.Equal(numeric, JsonSerializer.Deserialize<Reading>(JsonSerializer.Serialize(numeric, Web), Web));
        Assert.Equal(text, JsonSerializer.Deserialize<Reading>(JsonSerializer.Serialize(text, Web), Web));
        Assert.Contains("\"blasts\":{\"case\":\"Decimal\",\"value\":12.5}", JsonSerializer.Serialize(numeric, Web), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OneOfNineCaseTests.Cases), MemberType = typeof(OneOfNineCaseTests))]
    public void Round_trips_every_case_of_the_largest_arity(int index)
    {
        var value = OneOfNineCaseTests.Make(index);

        string json = JsonSerializer.Serialize(value);

        Assert.Equal(value, JsonSerializer.Deserialize<OneOf<byte, short, int, long, float, double, decimal, string, char>>(json));
    }

    [Fact]
    public void Reads_the_value_before_the_case_too()
    {
        var value = JsonSerializer.Deserialize<OneOf<decimal, string>>("""{"value":"pending","case":"String"}""");

        Assert.Equal("pending", value.AsT1);
    }

    [Fact]
    public void Names_generic_and_nullable_cases_like_CSharp_and_cases_of_one_type_by_position()
    {
        var unescaped = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        Assert.Equal("""{"case":"List<String>","value":["a"]}""", JsonSerializer.Serialize<OneOf<List<string>, int?>>(new List<string> { "a" }, unescaped));
        Assert.Equal("""{"case":"Int32?","value":null}""", JsonSerializer.Serialize(OneOf<List<string>, int?>.FromT1(null)));
        Assert.Equal("""{"case":"T1","value":4}""", JsonSerializer.Serialize(OneOf<int, int>.FromT1(4)));
        Assert.Equal(1, JsonSerializer.Deserialize<OneOf<int, int>>("""{"case":"T1","value":4}""").Index);
    }

    [Fact]
    public void Rejects_a_missing_case_naming_the_allowed_cases()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OneOf<decimal, string>>("""{"value":1}"""));

        Assert.Equal("The JSON of OneOf<Decimal, String> has no \"case\" property; it must name one of \"Decimal\", \"String\".", error.Message);
    }

    [Fact]
    public void Rejects_an_unknown_case_naming_it_and_the_allowed_cases()
    {
        var error = Assert.Throws<JsonException>(
            () => JsonSerializer.Deserialize<Reading>("""{"Patient":"P-1","Blasts":{"case":"Double","value":1}}"""));

        Assert.Equal(
            "The JSON of OneOf<Decimal, String> has the unknown case \"Double\"; allowed cases are \"Decimal\", \"String\".",
            error.Message);
        Assert.Equal("$.Blasts", error.Path);
    }

    [Theory]
    [InlineData("""{"case":"String"}""", "has case \"String\" but no \"value\" property")]
    [InlineData("""{"case":"String","value":"a","note":1}""", "unexpected property \"note\"")]
    [InlineData("""{"case":"String","case":"Decimal","value":1}""", "more than one \"case\" property")]
    [InlineData("""{"case":1,"value":1}""", "The \"case\" of OneOf<Decimal, String> must be a string")]
    [InlineData("""12.5""", "Expected a JSON object {\"case\": ..., \"value\": ...} for OneOf<Decimal, String>, but found Number")]
    public void Rejects_malformed_envelopes_saying_what_is_wrong(string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OneOf<decimal, string>>(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_to_write_default_instead_of_writing_the_first_case()
    {
#pragma warning disable ATX4004 // a default OneOf on purpose: how it serializes is the point of the test
        var error = Assert.Throws<InvalidOperationException>(() => JsonSerializer.Serialize(default(OneOf<decimal, string>)));
#pragma warning restore ATX4004

        Assert.StartsWith("This OneOf<Decimal, String> is default", error.Message, StringComparison.Ordinal);
    }
}
