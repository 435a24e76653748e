using AllTx.Analyzers.Dosing;
using AllTx.Analyzers.Tests.Safety;
using AllTx.CodeFixes.Dosing;

namespace AllTx.Analyzers.Tests.Dosing;

public sealed class RawAmountArithmeticAnalyzerTests
{
    private static Task Verify(string source) => SafetyVerifier.VerifyAsync<RawAmountArithmeticAnalyzer>(SafetyVerifier.Usings + source);

    [Fact]
    public Task Flags_comparisons_and_arithmetic_on_the_raw_amounts_of_two_values() => Verify("""
        public static class Checks
        {
            public static bool Above(Dose a, Dose b) => [|a.Amount > b.Amount|];
            public static decimal Total(Quantity a, Quantity b) => [|a.Amount + b.Amount|];
            public static bool Same(Dose a, Quantity b) => [|a.Amount == b.Amount|];
            public static int Order(LabValue a, LabValue b) => [|a.Amount.CompareTo(b.Amount)|];
            public static bool Cast(Dose a, Dose b) => [|(double)a.Amount < (double)b.Amount|];
        }
        """);

    [Fact]
    public Task Comparisons_after_checking_or_converting_units_are_fine() => Verify("""
        public static class Checks
        {
            public static bool Guarded(Dose a, Dose b) => a.Unit == b.Unit && a.Amount > b.Amount;
            public static bool Either(Dose a, Dose b) => a.Unit != b.Unit || a.Amount > b.Amount;
            public static bool Converted(Quantity a, Quantity b) => a.Amount > b.ConvertTo(a.Unit).Amount;

            public static decimal Early(Quantity a, Quantity b)
            {
                if (a.Unit != b.Unit)
                {
                    throw new ArgumentException("different units");
                }

                return a.Amount - b.Amount;
            }

            public static bool InIf(Quantity a, Quantity b)
            {
                if (b.Unit == a.Unit)
                {
                    return a.Amount < b.Amount;
                }

                return a < b;
            }

            public static bool SameValue(Dose a) => a.Amount == a.Amount;
            public static bool Units(Dose a, Dose b) => a > b;
            public static decimal Scaled(Dose a) => a.Amount * 2m;
        }
        """);

    [Fact]
    public Task A_guard_on_other_values_does_not_count() => Verify("""
        public static class Checks
        {
            public static bool Mixed(Dose a, Dose b, Dose c) => a.Unit == c.Unit && [|a.Amount > b.Amount|];
        }
        """);

    [Fact]
    public Task Fix_compares_the_values_themselves() => SafetyVerifier.VerifyFixAsync<RawAmountArithmeticAnalyzer, UseUnitAwareComparisonCodeFix>(
        """
        using AllTx.Domain.Dosing;
        using AllTx.Domain.Laboratory;
        using AllTx.Domain.Units;

        public static class Checks
        {
            public static bool Doses(Dose a, Dose b) => [|a.Amount > b.Amount|];
            public static bool Mixed(Dose a, Quantity b) => [|a.Amount <= b.Amount|];
            public static bool Lab(Quantity limit, LabValue value) => [|limit.Amount < value.Amount|];
            public static int Order(Dose a, Dose b) => [|a.Amount.CompareTo(b.Amount)|];
        }
        """,
        """
        using AllTx.Domain.Dosing;
        using AllTx.Domain.Laboratory;
        using AllTx.Domain.Units;

        public static class Checks
        {
            public static bool Doses(Dose a, Dose b) => a > b;
            public static bool Mixed(Dose a, Quantity b) => a.Quantity <= b;
            public static bool Lab(Quantity limit, LabValue value) => value > limit;
            public static int Order(Dose a, Dose b) => a.CompareTo(b);
        }
        """);
}
