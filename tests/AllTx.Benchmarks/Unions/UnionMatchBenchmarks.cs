using BenchmarkDotNet.Attributes;

namespace AllTx.Benchmarks.Unions;

/// <summary>
/// A named union's Match (non-capturing lambdas, and the state overload) against a hand-written switch on a type tag over
/// the same mix of cases. Target: 0 B allocated and within 1.1x of the baseline. Also measured: the delegate-free forms,
/// a struct visitor (<c>Visit(ref visitor)</c>) and the exhaustive <c>switch</c> that ATX4001 checks (over the union, and
/// over <c>oneOf.Value</c> of the same cases).
/// </summary>
[MemoryDiagnoser]
public class UnionMatchBenchmarks
{
    private readonly MrdOutcome[] _outcomes = new MrdOutcome[OutcomeMix.Count];
    private readonly TaggedOutcome[] _tagged = new TaggedOutcome[OutcomeMix.Count];
    private readonly OneOf<MrdOutcome.Positive, MrdOutcome.PositiveNotQuantifiable, MrdOutcome.Negative>[] _oneOfs =
        new OneOf<MrdOutcome.Positive, MrdOutcome.PositiveNotQuantifiable, MrdOutcome.Negative>[OutcomeMix.Count];
    private int _factor = 2;

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < OutcomeMix.Count; i++)
        {
            (_outcomes[i], _tagged[i]) = OutcomeMix.CaseOf(i) switch
            {
                0 => ((MrdOutcome)new MrdOutcome.Positive(i), (TaggedOutcome)new TaggedPositive(i)),
                1 => (new MrdOutcome.PositiveNotQuantifiable(), new TaggedPositiveNotQuantifiable()),
                _ => (new MrdOutcome.Negative(i), new TaggedNegative(i)),
            };
            _oneOfs[i] = _outcomes[i].ToOneOf();
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenTagSwitch()
    {
        int sum = 0;
        foreach (TaggedOutcome outcome in _tagged)
        {
            switch (outcome.Tag)
            {
                case OutcomeTag.Positive: sum += ((TaggedPositive)outcome).Level; break;
                case OutcomeTag.PositiveNotQuantifiable: sum += 1; break;
                default: sum -= ((TaggedNegative)outcome).Sensitivity; break;
            }
        }

        return sum;
    }

    [Benchmark]
    public int MatchWithLambdas()
    {
        int sum = 0;
        foreach (MrdOutcome outcome in _outcomes)
        {
            sum += outcome.Match(
                static positive => positive.Level,
                static _ => 1,
                static negative => -negative.Sensitivity);
        }

        return sum;
    }

    [Benchmark]
    public int VisitWithStructVisitor()
    {
        var visitor = new SumVisitor();
        foreach (MrdOutcome outcome in _outcomes)
        {
            outcome.Visit(ref visitor);
        }

        return visitor.Sum;
    }

    [Benchmark]
    public int ExhaustiveSwitchExpression()
    {
        int sum = 0;
        foreach (MrdOutcome outcome in _outcomes)
        {
            sum += outcome switch
            {
                MrdOutcome.Positive positive => positive.Level,
                MrdOutcome.PositiveNotQuantifiable => 1,
                MrdOutcome.Negative negative => -negative.Sensitivity,
            };
        }

        return sum;
    }

    [Benchmark]
    public int OneOfValueSwitchExpression()
    {
        int sum = 0;
        foreach (OneOf<MrdOutcome.Positive, MrdOutcome.PositiveNotQuantifiable, MrdOutcome.Negative> outcome in _oneOfs)
        {
            sum += outcome.Value switch
            {
                MrdOutcome.Positive positive => positive.Level,
                MrdOutcome.PositiveNotQuantifiable => 1,
                MrdOutcome.Negative negative => -negative.Sensitivity,
            };
        }

        return sum;
    }

    [Benchmark]
    public int MatchWithState()
    {
        int sum = 0;
        foreach (MrdOutcome outcome in _outcomes)
        {
            sum += outcome.Match(
                _factor,
                static (factor, positive) => positive.Level * factor,
                static (factor, _) => factor,
                static (factor, negative) => -negative.Sensitivity * factor);
        }

        return sum;
    }

    /// <summary>The same per-case work as the other benchmarks, as a struct visitor.</summary>
    private struct SumVisitor : MrdOutcome.IVisitor
    {
        public int Sum;

        public void Positive(MrdOutcome.Positive positive) => Sum += positive.Level;

        public void PositiveNotQuantifiable(MrdOutcome.PositiveNotQuantifiable positiveNotQuantifiable) => Sum += 1;

        public void Negative(MrdOutcome.Negative negative) => Sum -= negative.Sensitivity;
    }
}
