using System.Globalization;
using AllTx;

namespace AllTx.Primitives.Tests.Unions;

/// <summary>Every member of the two-case OneOf.</summary>
public sealed class OneOfTwoCaseTests
{
    private static OneOf<int, string> Count(int value) => value;

    private static OneOf<int, string> Message(string value) => value;

    [Fact]
    public void Implicit_conversion_from_each_case_sets_its_index_and_value()
    {
        OneOf<int, string> count = Count(3);
        OneOf<int, string> message = Message("relapse");

        Assert.Equal((0, true, false, (object?)3), (count.Index, count.IsT0, count.IsT1, count.Value));
        Assert.Equal((1, false, true, (object?)"relapse"), (message.Index, message.IsT0, message.IsT1, message.Value));
        Assert.False(count.IsDefault);
    }

    [Fact]
    public void FromT1_chooses_the_case_when_both_cases_have_the_same_type()
    {
        OneOf<int, int> second = OneOf<int, int>.FromT1(7);

        Assert.Equal(1, second.Index);
        Assert.Equal(7, second.AsT1);
        Assert.Equal(0, OneOf<int, int>.FromT0(7).Index);
    }

    [Fact]
    public void Visit_calls_the_struct_visitors_method_of_the_held_case()
    {
        var visitor = new Totals();

        Count(3).Visit(ref visitor);
        Message("relapse").Visit(ref visitor);
        Count(4).Visit(ref visitor);

        Assert.Equal((7, "relapse"), (visitor.Sum, visitor.Text));
    }

    [Fact]
    public void AsT0_and_AsT1_return_the_held_value()
    {
        Assert.Equal(3, Count(3).AsT0);
        Assert.Equal("relapse", Message("relapse").AsT1);
    }

    [Fact]
    public void AsT0_on_a_value_holding_T1_throws_naming_the_case_asked_for_and_the_case_held()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Message("relapse").AsT0);

        Assert.Equal(
            "Cannot read OneOf<Int32, String> as AsT0 (Int32): it holds T1 (String). Check IsT0 first, or use Match, Switch or TryPickT0.",
            error.Message);
    }

    [Fact]
    public void Match_returns_the_result_of_the_held_cases_handler()
    {
        Assert.Equal("count 3", Count(3).Match(n => $"count {n}", s => $"message {s}"));
        Assert.Equal("message hi", Message("hi").Match(n => $"count {n}", s => $"message {s}"));
    }

    [Fact]
    public void Match_with_state_passes_the_state_to_the_held_cases_handler()
    {
        string result = Count(3).Match("dose", static (state, n) => $"{state} {n}", static (state, s) => $"{state} {s}");

        Assert.Equal("dose 3", result);
    }

    [Fact]
    public void Switch_runs_only_the_held_cases_handler()
    {
        var calls = new List<string>();

        Message("hi").Switch(n => calls.Add($"count {n}"), s => calls.Add($"message {s}"));

        Assert.Equal(["message hi"], calls);
    }

    [Fact]
    public void Switch_with_state_passes_the_state_to_the_held_cases_handler()
    {
        var calls = new List<string>();

        Count(3).Switch(calls, static (log, n) => log.Add($"count {n}"), static (log, s) => log.Add($"message {s}"));

        Assert.Equal(["count 3"], calls);
    }

    [Fact]
    public void Match_and_Switch_reject_a_null_handler_even_for_a_case_not_held()
    {
        Assert.Throws<ArgumentNullException>("f1", () => Count(3).Match(n => n, null!));
        Assert.Throws<ArgumentNullException>("f1", () => Count(3).Switch(_ => { }, null!));
        Assert.Throws<ArgumentNullException>("f0", () => Count(3).Match(0, null!, static (int _, string _) => 0));
    }

    [Fact]
    public void MapT0_transforms_case_0_and_keeps_case_1()
    {
        OneOf<string, string> mapped = Count(3).MapT0(n => $"#{n}");
        OneOf<int, int> kept = Message("hi").MapT1(s => s.Length);

        Assert.Equal((0, "#3"), (mapped.Index, mapped.AsT0));
        Assert.Equal((1, 2), (kept.Index, kept.AsT1));
        Assert.Equal((0, 3), (Count(3).MapT1(s => s.Length).Index, Count(3).MapT1(s => s.Length).AsT0));
    }

    [Fact]
    public void TryPickT0_gives_the_value_when_held_and_the_other_case_otherwise()
    {
        Assert.True(Count(3).TryPickT0(out int picked, out _));
        Assert.Equal(3, picked);

        Assert.False(Message("hi").TryPickT0(out _, out string? remainder));
        Assert.Equal("hi", remainder);
    }

    [Fact]
    public void TryPickT1_gives_the_value_when_held_and_the_other_case_otherwise()
    {
        Assert.True(Message("hi").TryPickT1(out string? picked, out _));
        Assert.Equal("hi", picked);

        Assert.False(Count(3).TryPickT1(out _, out int remainder));
        Assert.Equal(3, remainder);
    }

    [Fact]
    public void Values_are_equal_when_they_hold_the_same_case_with_equal_values()
    {
        Assert.True(Count(3).Equals(Count(3)));
        Assert.True(Count(3) == Count(3));
        Assert.False(Count(3) != Count(3));
        Assert.Equal(Count(3).GetHashCode(), Count(3).GetHashCode());
        Assert.True(Count(3).Equals((object)Count(3)));
    }

    [Fact]
    public void Values_differ_when_their_values_or_their_cases_differ()
    {
        Assert.NotEqual(Count(3), Count(4));
        Assert.True(Count(3) != Message("3"));
        Assert.NotEqual(OneOf<int, int>.FromT0(3), OneOf<int, int>.FromT1(3));
        Assert.False(Count(3).Equals((object)3));
    }

    [Fact]
    public void ToString_names_the_case_type_and_formats_the_value_with_the_invariant_culture()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("Double: 1.5", ((OneOf<double, string>)1.5).ToString());
            Assert.Equal("String: hi", Message("hi").ToString());
            Assert.Equal("String: null", ((OneOf<int, string?>)(string?)null).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Implements_IOneOf_for_code_that_does_not_know_the_case_types()
    {
        IOneOf boxed = Message("hi");

        Assert.Equal((1, (object?)"hi", false), (boxed.Index, boxed.Value, boxed.IsDefault));
    }

    /// <summary>A two-case struct visitor: adds the counts, keeps the message.</summary>
    private struct Totals : IOneOfVisitor<int, string>
    {
        public int Sum;
        public string? Text;

        public void VisitT0(int value) => Sum += value;

        public void VisitT1(string value) => Text = value;
    }
}
