using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AllTx.Benchmarks.ValueObjects;

/// <summary>
/// Serialises a record to UTF-8 JSON and reads it back: value-object properties against the same record on primitives,
/// with reflection-based options, against its baseline in the same run. (A source-generated context cannot see the
/// converters Vogen's generator attaches to value objects, so that category is gone with Vogen.)
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
}

/// <summary>The baseline record: the same data on primitives.</summary>
public sealed record PrimitiveAssessment(int Score, decimal Blasts, string Donor);

/// <summary>The measured record: the same data as value objects.</summary>
public sealed record ValueObjectAssessment(MatchScore Score, BlastShare Blasts, DonorCode Donor);
