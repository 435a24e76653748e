using System.Text.Json;
using System.Text.Json.Serialization;
using AllTx.Serialization;
using Blasts = OneOf.OneOf<decimal, string>;
using Finding = OneOf.OneOf<string, int>;
using Nine = OneOf.OneOf<byte, short, int, long, float, double, decimal, string, char>;

namespace AllTx.Primitives.Tests.Unions;

/// <summary>
/// OneOf.OneOf of the OneOf package in System.Text.Json, with the SDK's one registration call: an envelope
/// {"case": "&lt;case type name&gt;", "value": …}, strict on the way in, never writing a default OneOf.
/// </summary>
public sealed partial class PackageOneOfJsonTests
{
    private static readonly JsonSerializerOptions Registered = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddUnionConverters();

    internal sealed record Reading(string Patient, Blasts Blasts);

    [Fact]
    public void Without_the_registration_OneOf_cannot_be_written_and_any_object_reads_as_default()
    {
        // The package's own behaviour, the reason for the converter: found by trying OneOf 3.0.271.
        Assert.ThrowsAny<Exception>(() => JsonSerializer.Serialize<Blasts>(12.5m));
        Blasts read = JsonSerializer.Deserialize<Blasts>("""{"anything":1}""");
        Assert.True(read.IsT0);
        Assert.Equal(0m, read.AsT0);
    }

    [Fact]
    public void Writes_the_case_type_name_and_the_value()
    {
        Assert.Equal("""{"case":"Decimal","value":12.5}""", JsonSerializer.Serialize<Blasts>(12.5m, Registered));
        Assert.Equal("""{"case":"String","value":"not done"}""", JsonSerializer.Serialize<Blasts>("not done", Registered));
    }

    [Fact]
    public void Round_trips_each_case_inside_a_record()
    {
        var numeric = new Reading("P-1", 12.5m);
        var text = new Reading("P-2", "haemolysed sample");

        Assert.Equal(numeric, JsonSerializer.Deserialize<Reading>(JsonSerializer.Serialize(numeric, Registered), Registered));
        Assert.Equal(text, JsonSerializer.Deserialize<Reading>(JsonSerializer.Serialize(text, Registered), Registered));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(8)]
    public void Round_trips_cases_of_the_largest_arity(int index)
    {
        Nine value = index switch
        {
            0 => (byte)7,
            4 => 1.5f,
            7 => "seven",
            _ => 'x',
        };

        Nine read = JsonSerializer.Deserialize<Nine>(JsonSerializer.Serialize(value, Registered), Registered);

        Assert.Equal(index, read.Index);
        Assert.Equal(value.Value, read.Value);
    }

    [Fact]
    public void Writing_a_default_OneOf_throws_naming_the_OneOf_and_the_case_holding_null()
    {
#pragma warning disable ATX4004 // default(OneOf<…>) is what this test writes.
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(Finding), Registered));
#pragma warning restore ATX4004

        Assert.Contains("OneOf<String, Int32>", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"String\" holds null", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Patient":"P-1","Blasts":{"case":"Double","value":1}}""", "unknown case \"Double\"")]
    [InlineData("""{"Patient":"P-1","Blasts":{"case":"Decimal"}}""", "case \"Decimal\" but no \"value\"")]
    [InlineData("""{"Patient":"P-1","Blasts":{"case":"String","value":null}}""", "case \"String\" with a null \"value\"")]
    [InlineData("""{"Patient":"P-1","Blasts":{"value":1}}""", "no \"case\" property")]
    [InlineData("""{"Patient":"P-1","Blasts":12.5}""", "Expected a JSON object")]
    public void Rejects_what_is_not_an_envelope_of_a_case_naming_the_OneOf_and_the_path(string json, string rule)
    {
        var options = new JsonSerializerOptions().AddUnionConverters();

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Reading>(json, options));

        Assert.Contains("OneOf<Decimal, String>", error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
        Assert.Equal("$.Blasts", error.Path);
    }

    [Fact]
    public void The_registration_is_added_once_however_often_it_is_called()
    {
        var options = new JsonSerializerOptions();

        options.AddUnionConverters().AddUnionConverters();

        Assert.Single(options.Converters, converter => converter is OneOfJsonConverterFactory);
    }

    [Fact]
    public void Works_with_a_source_generated_context_named_in_its_options()
    {
        var reading = new Reading("P-3", "clotted");

        string json = JsonSerializer.Serialize(reading, ReadingContext.Default.Reading);

        Assert.Equal("""{"Patient":"P-3","Blasts":{"case":"String","value":"clotted"}}""", json);
        Assert.Equal(reading, JsonSerializer.Deserialize(json, ReadingContext.Default.Reading));
    }

    [Fact]
    public void Works_with_a_source_generated_context_as_the_resolver_of_registered_options()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = PlainReadingContext.Default }.AddUnionConverters();
        var reading = new Reading("P-4", 3.5m);

        string json = JsonSerializer.Serialize(reading, options);

        Assert.Equal("""{"Patient":"P-4","Blasts":{"case":"Decimal","value":3.5}}""", json);
        Assert.Equal(reading, JsonSerializer.Deserialize<Reading>(json, options));
    }

    [JsonSourceGenerationOptions(Converters = new[] { typeof(OneOfJsonConverterFactory) })]
    [JsonSerializable(typeof(Reading))]
    [JsonSerializable(typeof(decimal))]
    [JsonSerializable(typeof(string))]
    internal sealed partial class ReadingContext : JsonSerializerContext;

    [JsonSerializable(typeof(Reading))]
    [JsonSerializable(typeof(decimal))]
    [JsonSerializable(typeof(string))]
    internal sealed partial class PlainReadingContext : JsonSerializerContext;
}
