using BenchmarkDotNet.Attributes;

namespace AllTx.Benchmarks.Unions;

/// <summary>
/// OneOf's Match (non-capturing lambdas, and the state overload) against a hand-written tagged struct switched on its
/// tag, over the same mix of cases. Target: 0 B allocated and within 1.1x of the baseline. Also measured: the
/// delegate-free struct visitor (<c>Visit(ref visitor)</c>).
/// </summary>
[MemoryDiagnoser]
public class OneOfMatchBenchmarks
{
    private readonly OneOf<int, double, string>[] _values = new OneOf<int, double, string>[OutcomeMix.Count];
    private readonly TaggedValue[] _tagged = new TaggedValue[OutcomeMix.Count];
    private int _factor = 2;

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < OutcomeMix.Count; i++)
        {
            (_values[i], _tagged[i]) = OutcomeMix.CaseOf(i) switch
            {
                0 => ((OneOf<int, double, string>)i, new TaggedValue(0, i, 0, null)),
                1 => (i * 0.5, new TaggedValue(1, 0, i * 0.5, null)),
                _ => ("blasts", new TaggedValue(2, 0, 0, "blasts")),
            };
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenTagSwitch()
    {
        int sum = 0;
        foreach (TaggedValue value in _tagged)
        {
            switch (value.Tag)
            {
                case 0: sum += value.Count; break;
                case 1: sum += (int)value.Percent; break;
                default: sum += value.Text!.Length; break;
            }
        }

        return sum;
    }

    [Benchmark]
    public int MatchWithLambdas()
    {
        int sum = 0;
        foreach (OneOf<int, double, string> value in _values)
        {
            sum += value.Match(static count => count, static percent => (int)percent, static text => text.Length);
        }

        return sum;
    }

    [Benchmark]
    public int VisitWithStructVisitor()
    {
        var visitor = new SumVisitor();
        foreach (OneOf<int, double, string> value in _values)
        {
            value.Visit(ref visitor);
        }

        return visitor.Sum;
    }

    [Benchmark]
    public int MatchWithState()
    {
        int sum = 0;
        foreach (OneOf<int, double, string> value in _values)
        {
            sum += value.Match(
                _factor,
                static (factor, count) => count * factor,
                static (factor, percent) => (int)percent * factor,
                static (factor, text) => text.Length * factor);
        }

        return sum;
    }

    /// <summary>The same per-case work as the other benchmarks, as a struct visitor.</summary>
    private struct SumVisitor : IOneOfVisitor<int, double, string>
    {
        public int Sum;

        public void VisitT0(int value) => Sum += value;

        public void VisitT1(double value) => Sum += (int)value;

        public void VisitT2(string value) => Sum += value.Length;
    }

    /// <summary>What a team would write by hand: one field per case and a tag saying which one is set.</summary>
    public readonly record struct TaggedValue(byte Tag, int Count, double Percent, string? Text);
}
