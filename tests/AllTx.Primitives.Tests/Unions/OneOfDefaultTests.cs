using AllTx;

// These tests create default OneOf values on purpose (ATX4004 rejects them in real code) to pin how they behave.
#pragma warning disable ATX4004

namespace AllTx.Primitives.Tests.Unions;

/// <summary>default(OneOf&lt;…&gt;) holds no case, and says so instead of pretending to be the first case.</summary>
public sealed class OneOfDefaultTests
{
    private const string NoCaseMessage =
        "This OneOf<Int32, String> is default: it holds none of its cases (\"Int32\", \"String\") because it was never given " +
        "a value (default(...), new OneOf<...>(), or a field or array element left uninitialised). Create it from a value " +
        "of one of its cases.";

    private static readonly OneOf<int, string> Unset = default;

    [Fact]
    public void Default_is_detectable_and_is_not_the_first_case()
    {
        Assert.True(Unset.IsDefault);
        Assert.Equal(-1, Unset.Index);
        Assert.False(Unset.IsT0);
        Assert.False(Unset.IsT1);
    }

    [Fact]
    public void An_uninitialised_array_element_and_new_are_default_too()
    {
        var results = new OneOf<int, string>[1];

        Assert.True(results[0].IsDefault);
        Assert.True(new OneOf<int, string>().IsDefault);
    }

    [Fact]
    public void Match_on_default_throws_a_clear_exception()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Unset.Match(n => n, s => s.Length));

        Assert.Equal(NoCaseMessage, error.Message);
    }

    [Fact]
    public void Every_case_reading_member_on_default_throws_the_same_clear_exception()
    {
        Assert.Equal(NoCaseMessage, Assert.Throws<InvalidOperationException>(() => Unset.Switch(_ => { }, _ => { })).Message);
        Assert.Equal(NoCaseMessage, Assert.Throws<InvalidOperationException>(() => Unset.Match(0, static (int s, int n) => n, static (int s, string t) => s)).Message);
        Assert.Equal(NoCaseMessage, Assert.Throws<InvalidOperationException>(() => Unset.Switch(0, static (_, _) => { }, static (_, _) => { })).Message);
        Assert.Equal(NoCaseMessage, Assert.Throws<InvalidOperationException>(() => Unset.Value).Message);
        Assert.Equal(NoCaseMessage, Assert.Throws<InvalidOperationException>(() => Unset.MapT0(n => n)).Message);
        Assert.Equal(NoCaseMessage, Assert.Throws<InvalidOperationException>(() => Unset.TryPickT0(out _, out _)).Message);
    }

    [Fact]
    public void AsT0_on_default_says_it_holds_no_case()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Unset.AsT0);

        Assert.Equal(
            "Cannot read OneOf<Int32, String> as AsT0 (Int32): it is default and holds no case. Check IsT0 first, or use Match, Switch or TryPickT0.",
            error.Message);
    }

    [Fact]
    public void Default_equals_default_only_and_prints_as_default()
    {
        Assert.Equal(default(OneOf<int, string>), Unset);
        Assert.NotEqual(OneOf<int, string>.FromT0(0), Unset);
        Assert.Equal("default(OneOf<Int32, String>)", Unset.ToString());
    }
}
