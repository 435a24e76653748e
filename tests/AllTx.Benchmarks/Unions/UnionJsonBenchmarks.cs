using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace AllTx.Benchmarks.Unions;

/// <summary>
/// A JSON round trip (serialize to UTF-8, deserialize) of each case of the named union, against System.Text.Json's own
/// [JsonPolymorphic]/[JsonDerivedType] polymorphism on the same shapes with the same "kind" discriminator.
/// Target: within 1.3x of the baseline.
/// </summary>
[MemoryDiagnoser]
public class UnionJsonBenchmarks
{
    private static readonly JsonSerializerOptions s_options = new();

    private readonly MrdOutcome[] _outcomes =
        [new MrdOutcome.Positive(3), new MrdOutcome.PositiveNotQuantifiable(), new MrdOutcome.Negative(5)];

    private readonly StjMrdOutcome[] _stjOutcomes =
        [new StjMrdOutcome.Positive(3), new StjMrdOutcome.PositiveNotQuantifiable(), new StjMrdOutcome.Negative(5)];

    // Both sides must write the same JSON, or the comparison is not of the same work.
    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < _outcomes.Length; i++)
        {
            string union = JsonSerializer.Serialize(_outcomes[i], s_options);
            string derived = JsonSerializer.Serialize(_stjOutcomes[i], s_options);
            if (union != derived)
            {
                throw new InvalidOperationException($"The two shapes write different JSON: {union} vs {derived}.");
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
