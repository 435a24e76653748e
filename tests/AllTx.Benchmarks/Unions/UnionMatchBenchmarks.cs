using BenchmarkDotNet.Attributes;
using OneOf;

namespace AllTx.Benchmarks.Unions;

/// <summary>
/// A OneOfBase union with named cases: its named <c>Visit(ref visitor)</c> (target: within 1.05x of the baseline, 0 B)
/// and <c>Match</c> (non-capturing lambdas, and the state overload), against a hand-written switch on a type tag over the
/// same mix of cases. Also measured as they are: the OneOf package's own <c>Match</c> on <c>OneOf&lt;…&gt;</c> of the
/// same cases, and the exhaustive <c>switch</c> on <c>.Value</c> that ATX4001 checks (on the union and on the OneOf).
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
            _oneOfs[i] = _outcomes[i].Match<OneOf<MrdOutcome.Positive, MrdOutcome.PositiveNotQuantifiable, MrdOutcome.Negative>>(
                static positive => positive,
                static positiveNotQuantifiable => positiveNotQuantifiable,
                static negative => negative);
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
                positive: static positive => positive.Level,
                positiveNotQuantifiable: static _ => 1,
                negative: static negative => -negative.Sensitivity);
        }

        return sum;
    }

    [Benchmark]
    public int PackageOneOfMatchWithLambdas()
    {
        int sum = 0;
        foreach (OneOf<MrdOutcome.Positive, MrdOutcome.PositiveNotQuantifiable, MrdOutcome.Negative> outcome in _oneOfs)
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
    public int ExhaustiveValueSwitchExpression()
    {
        int sum = 0;
        foreach (MrdOutcome outcome in _outcomes)
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
