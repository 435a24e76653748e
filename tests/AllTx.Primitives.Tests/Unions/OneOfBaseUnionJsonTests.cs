using System.Text.Json;
using System.Text.Json.Serialization;

using AllTx.Primitives.Tests.Unions.OneOfBased;

namespace AllTx.Primitives.Tests.Unions;

/// <summary>
/// A [Union] OneOfBase class in System.Text.Json: {"case": "&lt;case name&gt;", "value": …} through its generated
/// converter; an unknown case or a missing or null value is a JsonException naming the union, the case and the path.
/// </summary>
public sealed partial class OneOfBaseUnionJsonTests
{
    internal sealed record Relapse(string Patient, Cd19Relapse Phenotype);

    [Fact]
    public void Writes_the_case_name_and_the_value()
    {
        Assert.Equal("""{"case":"lineageSwitch","value":{"NewLineage":"AML"}}""", JsonSerializer.Serialize<Cd19Relapse>(new LineageSwitch("AML")));
        Assert.Equal("""{"case":"decimal","value":12.5}""", JsonSerializer.Serialize<BlastCount>(12.5m));
    }

    [Fact]
    public void Round_trips_every_case_inside_a_record()
    {
        foreach (Cd19Relapse phenotype in new Cd19Relapse[] { new Cd19PositiveRelapse(40m), new Cd19NegativeRelapse(12m), new LineageSwitch("AML") })
        {
            var relapse = new Relapse("P-1", phenotype);

            Assert.Equal(relapse, JsonSerializer.Deserialize<Relapse>(JsonSerializer.Serialize(relapse)));
        }
    }

    [Theory]
    [InlineData("""{"Patient":"P-1","Phenotype":{"case":"cd22Negative","value":{}}}""", "unknown case \"cd22Negative\"")]
    [InlineData("""{"Patient":"P-1","Phenotype":{"case":"cd19Negative"}}""", "case \"cd19Negative\" but no \"value\"")]
    [InlineData("""{"Patient":"P-1","Phenotype":{"case":"lineageSwitch","value":null}}""", "case \"lineageSwitch\" with a null \"value\"")]
    [InlineData("""{"Patient":"P-1","Phenotype":{"NewLineage":"AML"}}""", "unexpected property \"NewLineage\"")]
    public void Rejects_what_is_not_an_envelope_of_a_case_naming_the_union_the_case_and_the_path(string json, string rule)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Relapse>(json));

        Assert.Contains("Cd19Relapse", error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
        Assert.Equal("$.Phenotype", error.Path);
    }

    [Fact]
    public void Works_in_a_source_generated_context_without_registration()
    {
        var relapse = new Relapse("P-2", new Cd19NegativeRelapse(3m));

        string json = JsonSerializer.Serialize(relapse, RelapseContext.Default.Relapse);

        Assert.Equal("""{"Patient":"P-2","Phenotype":{"case":"cd19Negative","value":{"BlastPercentage":3}}}""", json);
        Assert.Equal(relapse, JsonSerializer.Deserialize(json, RelapseContext.Default.Relapse));
    }

    [JsonSerializable(typeof(Relapse))]
    [JsonSerializable(typeof(Cd19PositiveRelapse))]
    [JsonSerializable(typeof(Cd19NegativeRelapse))]
    [JsonSerializable(typeof(LineageSwitch))]
    internal sealed partial class RelapseContext : JsonSerializerContext;
}
