using AllTx;
using Nine = AllTx.OneOf<byte, short, int, long, float, double, decimal, string, char>;

namespace AllTx.Primitives.Tests.Unions;

/// <summary>Every member of the largest OneOf, for each of its nine cases.</summary>
public sealed class OneOfNineCaseTests
{
    public static TheoryData<int> Cases => new() { 0, 1, 2, 3, 4, 5, 6, 7, 8 };

    private static readonly object[] Values = [(byte)1, (short)2, 3, 4L, 5f, 6d, 7m, "eight", '9'];

    private static readonly Func<Nine, bool>[] IsCase =
        [v => v.IsT0, v => v.IsT1, v => v.IsT2, v => v.IsT3, v => v.IsT4, v => v.IsT5, v => v.IsT6, v => v.IsT7, v => v.IsT8];

    private static readonly Func<Nine, object>[] AsCase =
        [v => v.AsT0, v => v.AsT1, v => v.AsT2, v => v.AsT3, v => v.AsT4, v => v.AsT5, v => v.AsT6, v => v.AsT7, v => v.AsT8];

    /// <summary>MapTn(x => "mapped"), then the index and (for the mapped case) the new value.</summary>
    private static readonly Func<Nine, (int Index, object? Value)>[] MapCase =
    [
        v => Mapped(v.MapT0(_ => "mapped")), v => Mapped(v.MapT1(_ => "mapped")), v => Mapped(v.MapT2(_ => "mapped")),
        v => Mapped(v.MapT3(_ => "mapped")), v => Mapped(v.MapT4(_ => "mapped")), v => Mapped(v.MapT5(_ => "mapped")),
        v => Mapped(v.MapT6(_ => "mapped")), v => Mapped(v.MapT7(_ => "mapped")), v => Mapped(v.MapT8(_ => "mapped")),
    ];

    /// <summary>TryPickTn: whether it picked, the picked value, and the remainder's index and value.</summary>
    private static readonly Func<Nine, (bool Picked, object? Value, int RemainderIndex, object? Remainder)>[] PickCase =
    [
        v => Picked(v.TryPickT0(out var x, out var r), x, r), v => Picked(v.TryPickT1(out var x, out var r), x, r),
        v => Picked(v.TryPickT2(out var x, out var r), x, r), v => Picked(v.TryPickT3(out var x, out var r), x, r),
        v => Picked(v.TryPickT4(out var x, out var r), x, r), v => Picked(v.TryPickT5(out var x, out var r), x, r),
        v => Picked(v.TryPickT6(out var x, out var r), x, r), v => Picked(v.TryPickT7(out var x, out var r), x, r),
        v => Picked(v.TryPickT8(out var x, out var r), x, r),
    ];

    internal static Nine Make(int index) => index switch
    {
        0 => Nine.FromT0((byte)1),
        1 => Nine.FromT1((short)2),
        2 => Nine.FromT2(3),
        3 => Nine.FromT3(4L),
        4 => Nine.FromT4(5f),
        5 => Nine.FromT5(6d),
        6 => Nine.FromT6(7m),
        7 => Nine.FromT7("eight"),
        _ => Nine.FromT8('9'),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FromTn_and_the_implicit_conversion_hold_case_n_and_only_case_n(int index)
    {
        Nine value = Make(index);
        Nine converted = index == 7 ? "eight" : Make(index);

        Assert.Equal(index, value.Index);
        Assert.Equal(Values[index], value.Value);
        Assert.Equal(Enumerable.Range(0, 9).Select(i => i == index), IsCase.Select(isCase => isCase(value)));
        Assert.Equal(value, converted);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AsTn_returns_the_held_value_and_every_other_AsT_throws(int index)
    {
        Nine value = Make(index);

        Assert.Equal(Values[index], AsCase[index](value));
        foreach (int other in Enumerable.Range(0, 9).Where(i => i != index))
        {
            var error = Assert.Throws<InvalidOperationException>(() => AsCase[other](value));
            Assert.Contains($"as AsT{other}", error.Message, StringComparison.Ordinal);
            Assert.Contains($"it holds T{index}", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Match_and_Switch_run_the_handler_of_case_n(int index)
    {
        Nine value = Make(index);
        int switched = -1;
        var log = new List<int>();

        int matched = value.Match(_ => 0, _ => 1, _ => 2, _ => 3, _ => 4, _ => 5, _ => 6, _ => 7, _ => 8);
        int matchedWithState = value.Match(
            100,
            static (s, _) => s + 0, static (s, _) => s + 1, static (s, _) => s + 2,
            static (s, _) => s + 3, static (s, _) => s + 4, static (s, _) => s + 5,
            static (s, _) => s + 6, static (s, _) => s + 7, static (s, _) => s + 8);
        value.Switch(
            _ => switched = 0, _ => switched = 1, _ => switched = 2, _ => switched = 3, _ => switched = 4,
            _ => switched = 5, _ => switched = 6, _ => switched = 7, _ => switched = 8);
        value.Switch(
            log,
            static (l, _) => l.Add(0), static (l, _) => l.Add(1), static (l, _) => l.Add(2),
            static (l, _) => l.Add(3), static (l, _) => l.Add(4), static (l, _) => l.Add(5),
            static (l, _) => l.Add(6), static (l, _) => l.Add(7), static (l, _) => l.Add(8));

        Assert.Equal((index, 100 + index, index), (matched, matchedWithState, switched));
        Assert.Equal([index], log);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MapTn_transforms_case_n_and_keeps_every_other_case(int index)
    {
        Nine value = Make(index);

        for (int mapped = 0; mapped < 9; mapped++)
        {
            (int resultIndex, object? resultValue) = MapCase[mapped](value);
            Assert.Equal(index, resultIndex);
            Assert.Equal(mapped == index ? "mapped" : Values[index], resultValue);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TryPickTn_picks_case_n_and_leaves_the_others_in_the_remainder(int index)
    {
        Nine value = Make(index);

        for (int picked = 0; picked < 9; picked++)
        {
            var result = PickCase[picked](value);
            if (picked == index)
            {
                Assert.Equal((true, Values[index]), (result.Picked, result.Value));
            }
            else
            {
                int positionInRemainder = index < picked ? index : index - 1;
                Assert.Equal((false, positionInRemainder, Values[index]), (result.Picked, result.RemainderIndex, result.Remainder));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Equality_hash_code_and_text_follow_the_held_case(int index)
    {
        Nine value = Make(index);
        Nine other = Make((index + 1) % 9);

        Assert.True(value == Make(index));
        Assert.True(value != other);
        Assert.Equal(value.GetHashCode(), Make(index).GetHashCode());
        Assert.StartsWith(new[] { "Byte", "Int16", "Int32", "Int64", "Single", "Double", "Decimal", "String", "Char" }[index] + ": ", value.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Visit_calls_the_visitors_method_of_case_n_with_its_value(int index)
    {
        var visitor = new CaseRecorder();

        Make(index).Visit(ref visitor);

        Assert.Equal((index, Values[index]), (visitor.Case, visitor.Value));
    }

    [Fact]
    public void Default_of_the_largest_arity_is_detected_and_rejected_too()
    {
#pragma warning disable ATX4004 // a default OneOf on purpose: how it behaves is the point of the test
        Nine unset = default;
#pragma warning restore ATX4004

        Assert.Equal((true, -1), (unset.IsDefault, unset.Index));
        var error = Assert.Throws<InvalidOperationException>(
            () => unset.Match(_ => 0, _ => 1, _ => 2, _ => 3, _ => 4, _ => 5, _ => 6, _ => 7, _ => 8));
        Assert.StartsWith("This OneOf<Byte, Int16, Int32, Int64, Single, Double, Decimal, String, Char> is default", error.Message, StringComparison.Ordinal);
        var visitor = new CaseRecorder();
        Assert.Equal(error.Message, Assert.Throws<InvalidOperationException>(() => unset.Visit(ref visitor)).Message);
        Assert.Equal(-1, visitor.Case);
    }

    private static (int, object?) Mapped(IOneOf result) => (result.Index, result.Value);

    private static (bool, object?, int, object?) Picked<TValue, TRemainder>(bool picked, TValue value, TRemainder remainder)
        where TRemainder : IOneOf =>
        picked ? (true, value, -1, null) : (false, null, remainder.Index, remainder.Value);

    /// <summary>Records which of the nine methods ran, and with what.</summary>
    private struct CaseRecorder() : IOneOfVisitor<byte, short, int, long, float, double, decimal, string, char>
    {
        public int Case = -1;
        public object? Value;

        public void VisitT0(byte value) => (Case, Value) = (0, value);

        public void VisitT1(short value) => (Case, Value) = (1, value);

        public void VisitT2(int value) => (Case, Value) = (2, value);

        public void VisitT3(long value) => (Case, Value) = (3, value);

        public void VisitT4(float value) => (Case, Value) = (4, value);

        public void VisitT5(double value) => (Case, Value) = (5, value);

        public void VisitT6(decimal value) => (Case, Value) = (6, value);

        public void VisitT7(string value) => (Case, Value) = (7, value);

        public void VisitT8(char value) => (Case, Value) = (8, value);
    }
}
