using System.Reflection;
using AllTx;
using OneOf;
using static AllTx.Primitives.Tests.Unions.RelapseAfterCd19Therapy;

namespace AllTx.Primitives.Tests.Unions;

/// <summary>What the [Union] generator gives a declared union (here <see cref="RelapseAfterCd19Therapy"/>).</summary>
public sealed class NamedUnionTests
{
    private static readonly RelapseAfterCd19Therapy Positive = new Cd19Positive(12.5m);
    private static readonly RelapseAfterCd19Therapy Negative = new Cd19Negative(40m);
    private static readonly RelapseAfterCd19Therapy Switched = new LineageSwitch("AML");

    private static string Describe(RelapseAfterCd19Therapy relapse) => relapse.Match(
        cd19Positive: p => $"CD19+ {p.BlastPercentage}%",
        cd19Negative: n => $"CD19- {n.BlastPercentage}%",
        lineageSwitch: s => $"switch to {s.NewLineage}");

    [Fact]
    public void Match_has_one_handler_per_case_named_after_it_and_runs_the_one_of_the_case()
    {
        Assert.Equal(["CD19+ 12.5%", "CD19- 40%", "switch to AML"], new[] { Positive, Negative, Switched }.Select(Describe));
    }

    [Fact]
    public void Match_with_state_passes_the_state_without_a_closure()
    {
        string result = Negative.Match(
            "relapse",
            static (state, p) => $"{state}: positive",
            static (state, n) => $"{state}: antigen escape",
            static (state, s) => $"{state}: lineage switch");

        Assert.Equal("relapse: antigen escape", result);
    }

    [Fact]
    public void Switch_with_and_without_state_runs_only_the_handler_of_the_case()
    {
        var log = new List<string>();

        Switched.Switch(_ => log.Add("positive"), _ => log.Add("negative"), s => log.Add(s.NewLineage));
        Positive.Switch(log, static (l, _) => l.Add("positive"), static (l, _) => l.Add("negative"), static (l, _) => l.Add("switch"));

        Assert.Equal(["AML", "positive"], log);
    }

    [Fact]
    public void Match_and_Switch_reject_a_null_handler_naming_it()
    {
        Assert.Throws<ArgumentNullException>("lineageSwitch", () => Positive.Match(_ => 1, _ => 2, null!));
        Assert.Throws<ArgumentNullException>("cd19Negative", () => Positive.Switch(_ => { }, null!, _ => { }));
    }

    [Fact]
    public void Visit_calls_the_struct_visitors_method_of_the_case_and_keeps_what_it_records()
    {
        var visitor = new CaseCounter();

        foreach (RelapseAfterCd19Therapy relapse in new[] { Positive, Switched, Negative, Switched })
        {
            relapse.Visit(ref visitor);
        }

        Assert.Equal((1, 1, 2, "AML"), (visitor.Positive, visitor.Negative, visitor.Switches, visitor.LastLineage));
    }

    [Fact]
    public void Is_and_TryGet_tell_the_case()
    {
        Assert.Equal((true, false, false), (Positive.IsCd19Positive, Positive.IsCd19Negative, Positive.IsLineageSwitch));
        Assert.True(Switched.TryGetLineageSwitch(out LineageSwitch? lineageSwitch));
        Assert.Equal("AML", lineageSwitch.NewLineage);
        Assert.False(Switched.TryGetCd19Positive(out Cd19Positive? notPositive));
        Assert.Null(notPositive);
    }

    [Fact]
    public void Converts_to_a_OneOf_of_its_cases_and_back()
    {
        OneOf<Cd19Positive, Cd19Negative, LineageSwitch> oneOf = Negative;

        Assert.Equal((1, (object?)Negative), (oneOf.Index, oneOf.Value));
        Assert.Equal(2, Switched.ToOneOf().Index);
        Assert.Equal(Negative, (RelapseAfterCd19Therapy)oneOf);
        Assert.Equal(Switched, RelapseAfterCd19Therapy.FromOneOf(new LineageSwitch("AML")));
    }

    [Fact]
    public void Converting_a_default_OneOf_to_the_union_throws_instead_of_inventing_a_case()
    {
#pragma warning disable ATX4004 // a default OneOf on purpose: what it converts to is the point of the test
        var error = Assert.Throws<ArgumentException>(
            () => RelapseAfterCd19Therapy.FromOneOf(default));
#pragma warning restore ATX4004

        Assert.StartsWith("The OneOf converted to RelapseAfterCd19Therapy holds null as its Cd19Positive case", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hierarchy_is_closed_by_a_private_parameterless_constructor()
    {
        ConstructorInfo[] constructors = typeof(RelapseAfterCd19Therapy).GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

        ConstructorInfo parameterless = Assert.Single(constructors, c => c.GetParameters().Length == 0);
        Assert.True(parameterless.IsPrivate);
        Assert.DoesNotContain(constructors, c => c.IsPublic);
    }

    [Fact]
    public void A_cases_ToString_shows_its_own_data_only()
    {
        Assert.Equal("Cd19Negative { BlastPercentage = 40 }", Negative.ToString());
    }

    /// <summary>A struct visitor: the compiler requires one method per case.</summary>
    private struct CaseCounter : RelapseAfterCd19Therapy.IVisitor
    {
        public int Positive;
        public int Negative;
        public int Switches;
        public string? LastLineage;

        public void Cd19Positive(Cd19Positive cd19Positive) => Positive++;

        public void Cd19Negative(Cd19Negative cd19Negative) => Negative++;

        public void LineageSwitch(LineageSwitch lineageSwitch)
        {
            Switches++;
            LastLineage = lineageSwitch.NewLineage;
        }
    }
}
