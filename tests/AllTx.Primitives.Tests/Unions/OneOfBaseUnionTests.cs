using OneOf;

using AllTx.Primitives.Tests.Unions.OneOfBased;

namespace AllTx.Primitives.Tests.Unions;

/// <summary>
/// A [Union] class deriving from OneOfBase is a OneOf (Match, Switch, TryPickT0, IOneOf) with what
/// OneOf.SourceGenerator would add (constructor, conversions) and named cases (Match by name, Is/TryGet, Visit).
/// </summary>
public sealed class OneOfBaseUnionTests
{
    private static readonly Cd19Relapse Positive = new Cd19PositiveRelapse(40m);
    private static readonly Cd19Relapse Negative = new Cd19NegativeRelapse(12m);
    private static readonly Cd19Relapse Switched = new LineageSwitch("AML");

    [Fact]
    public void Is_a_OneOf_of_its_cases()
    {
        global::OneOf.IOneOf oneOf = Switched;

        Assert.Equal(2, oneOf.Index);
        Assert.Equal(new LineageSwitch("AML"), oneOf.Value);
        Assert.IsAssignableFrom<OneOfBase<Cd19PositiveRelapse, Cd19NegativeRelapse, LineageSwitch>>(Switched);
        Assert.True(Negative.TryPickT1(out Cd19NegativeRelapse escape, out _));
        Assert.Equal(12m, escape.BlastPercentage);
    }

    [Fact]
    public void Match_calls_the_handler_named_after_the_case_held()
    {
        string Describe(Cd19Relapse relapse) => relapse.Match(
            cd19Positive: p => $"CD19+ {p.BlastPercentage}",
            cd19Negative: n => $"CD19- {n.BlastPercentage}",
            lineageSwitch: s => $"switch to {s.NewLineage}");

        Assert.Equal("CD19+ 40", Describe(Positive));
        Assert.Equal("CD19- 12", Describe(Negative));
        Assert.Equal("switch to AML", Describe(Switched));
    }

    [Fact]
    public void Positional_Match_and_the_OneOfBase_Match_agree()
    {
        OneOfBase<Cd19PositiveRelapse, Cd19NegativeRelapse, LineageSwitch> asBase = Negative;

        Assert.Equal(1, Negative.Match(_ => 0, _ => 1, _ => 2));
        Assert.Equal(1, asBase.Match(_ => 0, _ => 1, _ => 2));
    }

    [Fact]
    public void Match_with_state_and_Switch_run_the_named_handler()
    {
        Assert.Equal("AML!", Switched.Match("!", cd19Positive: (_, _) => "", cd19Negative: (_, _) => "", lineageSwitch: (mark, s) => s.NewLineage + mark));

        string seen = "";
        Positive.Switch(cd19Positive: _ => seen = "positive", cd19Negative: _ => seen = "negative", lineageSwitch: _ => seen = "switch");
        Assert.Equal("positive", seen);
    }

    [Fact]
    public void A_null_handler_is_an_ArgumentNullException_naming_it()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Positive.Match(cd19Positive: _ => 0, cd19Negative: null!, lineageSwitch: _ => 2));

        Assert.Equal("cd19Negative", error.ParamName);
    }

    [Fact]
    public void Visit_calls_the_visitor_method_named_after_the_case()
    {
        var counter = new Counter();

        foreach (Cd19Relapse relapse in new[] { Positive, Negative, Switched, Positive })
        {
            relapse.Visit(ref counter);
        }

        Assert.Equal((2, 1, 1), (counter.Positive, counter.Negative, counter.Switched));
    }

    [Fact]
    public void Is_and_TryGet_name_the_case()
    {
        Assert.True(Negative.IsCd19Negative);
        Assert.False(Negative.IsCd19Positive);
        Assert.True(Switched.TryGetLineageSwitch(out LineageSwitch? lineage));
        Assert.Equal("AML", lineage.NewLineage);
        Assert.False(Switched.TryGetCd19Positive(out _));
    }

    [Fact]
    public void Converts_explicitly_to_the_case_held_and_refuses_another()
    {
        Assert.Equal(new LineageSwitch("AML"), (LineageSwitch)Switched);
        Assert.Throws<InvalidOperationException>(() => (Cd19PositiveRelapse)Switched);
    }

    [Fact]
    public void Refuses_a_default_OneOf_or_a_null_case_naming_the_union_and_the_case()
    {
#pragma warning disable ATX4004 // default(OneOf<…>) is what this test hands the constructor.
        var fromDefault = Assert.Throws<ArgumentException>(() => new Cd19Relapse(default(global::OneOf.OneOf<Cd19PositiveRelapse, Cd19NegativeRelapse, LineageSwitch>)));
#pragma warning restore ATX4004
        var fromNull = Assert.Throws<ArgumentException>(() => (Cd19Relapse)(LineageSwitch)null!);

        Assert.Contains("Cd19Relapse", fromDefault.Message, StringComparison.Ordinal);
        Assert.Contains("cd19Positive", fromDefault.Message, StringComparison.Ordinal);
        Assert.Contains("lineageSwitch", fromNull.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cases_named_after_their_types_include_value_types_and_keywords()
    {
        BlastCount counted = 12.5m;
        BlastCount notDone = new BlastCount.NotDone("dry tap");

        Assert.True(counted.IsDecimal);
        Assert.Equal("12.5", counted.Match(@decimal: d => d.ToString(System.Globalization.CultureInfo.InvariantCulture), notDone: n => n.Reason));
        Assert.Equal("dry tap", notDone.Match(@decimal: _ => "", notDone: n => n.Reason));
    }

    [Fact]
    public void Equal_when_they_hold_equal_cases()
    {
        Assert.Equal(Positive, (Cd19Relapse)new Cd19PositiveRelapse(40m));
        Assert.NotEqual(Positive, (Cd19Relapse)new Cd19NegativeRelapse(40m));
    }

    private struct Counter : Cd19Relapse.IVisitor
    {
        public int Positive;
        public int Negative;
        public int Switched;

        public void Cd19Positive(Cd19PositiveRelapse cd19Positive) => Positive++;

        public void Cd19Negative(Cd19NegativeRelapse cd19Negative) => Negative++;

        public void LineageSwitch(LineageSwitch lineageSwitch) => Switched++;
    }
}
