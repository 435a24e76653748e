using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace AllTx.Benchmarks.Unions;

/// <summary>
/// A JSON round trip (serialize to UTF-8, deserialize) of each case of the OneOfBase union, written as
/// <c>{"case": …, "value": {…}}</c>, against System.Text.Json's own [JsonPolymorphic]/[JsonDerivedType] polymorphism on the
/// same case shapes (<c>{"kind": …, …}</c>). Target: within 1.2x of the baseline.
/// </summary>
[MemoryDiagnoser]
public class UnionJsonBenchmarks
{
    private static readonly JsonSerializerOptions s_options = new();

    private readonly MrdOutcome[] _outcomes =
        [new MrdOutcome.Positive(3), new MrdOutcome.PositiveNotQuantifiable(), new MrdOutcome.Negative(5)];

    private readonly StjMrdOutcome[] _stjOutcomes =
        [new StjMrdOutcome.Positive(3), new StjMrdOutcome.PositiveNotQuantifiable(), new StjMrdOutcome.Negative(5)];

    // Both sides must read back what they wrote, or the comparison is not of the same work.
    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < _outcomes.Length; i++)
        {
            MrdOutcome union = JsonSerializer.Deserialize<MrdOutcome>(JsonSerializer.SerializeToUtf8Bytes(_outcomes[i], s_options), s_options)!;
            StjMrdOutcome derived = JsonSerializer.Deserialize<StjMrdOutcome>(JsonSerializer.SerializeToUtf8Bytes(_stjOutcomes[i], s_options), s_options)!;
            if (!union.Equals(_outcomes[i]) || derived != _stjOutcomes[i])
            {
                throw new InvalidOperationException($"A round trip changed the value: {union} vs {derived}.");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int JsonDerivedTypeRoundTrip()
    {
        int length = 0;
        foreach (StjMrdOutcome outcome in _stjOutcomes)
        {
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(outcome, s_options);
            length += json.Length + (JsonSerializer.Deserialize<StjMrdOutcome>(json, s_options) is null ? 0 : 1);
        }

        return length;
    }

    [Benchmark]
    public int UnionRoundTrip()
    {
        int length = 0;
        foreach (MrdOutcome outcome in _outcomes)
        {
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(outcome, s_options);
            length += json.Length + (JsonSerializer.Deserialize<MrdOutcome>(json, s_options) is null ? 0 : 1);
        }

        return length;
    }
}
