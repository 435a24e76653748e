using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AllTx.Benchmarks.ValueObjects;

/// <summary>
/// Serialises a record to UTF-8 JSON and reads it back: value-object properties against the same record on primitives,
/// with reflection-based options and with a source-generated context, each against its own baseline in the same run.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class JsonRoundTripBenchmarks
{
    private static readonly JsonSerializerOptions s_reflection = new();

    private readonly PrimitiveAssessment _primitives = new(10, 12.5m, "DONOR-007");
    private readonly ValueObjectAssessment _valueObjects =
        new(MatchScore.From(10), BlastShare.From(12.5m), DonorCode.From("DONOR-007"));

    [Benchmark(Baseline = true), BenchmarkCategory("reflection")]
    public PrimitiveAssessment? Primitives_reflection() =>
        JsonSerializer.Deserialize<PrimitiveAssessment>(JsonSerializer.SerializeToUtf8Bytes(_primitives, s_reflection), s_reflection);

    [Benchmark, BenchmarkCategory("reflection")]
    public ValueObjectAssessment? Value_objects_reflection() =>
        JsonSerializer.Deserialize<ValueObjectAssessment>(JsonSerializer.SerializeToUtf8Bytes(_valueObjects, s_reflection), s_reflection);

    [Benchmark(Baseline = true), BenchmarkCategory("source-generated")]
    public PrimitiveAssessment? Primitives_source_generated() =>
        JsonSerializer.Deserialize(
            JsonSerializer.SerializeToUtf8Bytes(_primitives, AssessmentJsonContext.Default.PrimitiveAssessment),
            AssessmentJsonContext.Default.PrimitiveAssessment);

    [Benchmark, BenchmarkCategory("source-generated")]
    public ValueObjectAssessment? Value_objects_source_generated() =>
        JsonSerializer.Deserialize(
            JsonSerializer.SerializeToUtf8Bytes(_valueObjects, AssessmentJsonContext.Default.ValueObjectAssessment),
            AssessmentJsonContext.Default.ValueObjectAssessment);
}

/// <summary>The baseline record: the same data on primitives.</summary>
public sealed record PrimitiveAssessment(int Score, decimal Blasts, string Donor);

/// <summary>The measured record: the same data as value objects.</summary>
public sealed record ValueObjectAssessment(MatchScore Score, BlastShare Blasts, DonorCode Donor);

/// <summary>The source-generated metadata of both records, with the converter factory value objects need there.</summary>
[JsonSerializable(typeof(PrimitiveAssessment))]
[JsonSerializable(typeof(ValueObjectAssessment))]
[JsonSourceGenerationOptions(Converters = new[] { typeof(ValueObjectJsonConverterFactory) })]
internal sealed partial class AssessmentJsonContext : JsonSerializerContext
{
}
