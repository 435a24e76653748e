using AllTx.Analyzers.ValueObjects;
using AllTx.CodeFixes.ValueObjects;
using AllTx.Generators.ValueObjects;
using AllTx.Roslyn.Testing;

namespace AllTx.Analyzers.Tests.ValueObjects;

public sealed class DeclarationTests
{
    [Fact]
    public Task Non_partial_value_object_is_flagged_and_made_partial()
    {
        var test = new CodeFixVerifier<ValueObjectDeclarationAnalyzer, MakeValueObjectPartialCodeFix>.Test
        {
            TestCode = """
                using AllTx;

                [ValueObject<int>]
                public readonly struct {|ATX9001:Score|} { }

                public class {|ATX9001:Outer|}
                {
                    [ValueObject<int>]
                    public partial struct Inner { }
                }
                """,
            FixedCode = """
                using AllTx;

                [ValueObject<int>]
                public readonly partial struct Score { }

                public partial class Outer
                {
                    [ValueObject<int>]
                    public partial struct Inner { }
                }
                """,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Wrong_hook_signatures_are_flagged_and_fixed()
    {
        var test = new CodeFixVerifier<ValueObjectDeclarationAnalyzer, FixValueObjectHookSignatureCodeFix>.Test
        {
            TestCode = """
                using AllTx;

                [ValueObject<int>]
                public readonly partial struct Score
                {
                    private Validation {|ATX9004:Validate|}(long candidate) => candidate > 0 ? Validation.Ok : Validation.Invalid("must be positive");
                }

                [ValueObject<string>]
                public readonly partial struct Code
                {
                    private static object {|ATX9004:NormalizeInput|}(string input, bool upper) => input.Trim();
                }
                """,
            FixedCode = """
                using AllTx;

                [ValueObject<int>]
                public readonly partial struct Score
                {
                    private static Validation Validate(int candidate) => candidate > 0 ? Validation.Ok : Validation.Invalid("must be positive");
                }

                [ValueObject<string>]
                public readonly partial struct Code
                {
                    private static string NormalizeInput(string input) => input.Trim();
                }
                """,
        };
        test.SourceGenerators.Add(typeof(ValueObjectGenerator));
        return test.RunAsync();
    }

    [Fact]
    public Task Generic_nesting_constructors_self_wrapping_and_misfit_rules_are_flagged()
    {
        var test = new AnalyzerVerifier<ValueObjectDeclarationAnalyzer>.Test
        {
            TestCode = """
                using System;
                using AllTx;

                public partial class Box<T>
                {
                    [ValueObject<int>]
                    public partial struct {|ATX9002:Inner|} { }
                }

                [ValueObject<int>]
                public partial class Counted
                {
                    public {|ATX9003:Counted|}(string text) { }
                }

                [{|ATX9005:ValueObject<Loop>|}]
                public partial class Loop { }

                [ValueObject<DateOnly>]
                [{|ATX9006:ValueRange(0, 10)|}]
                [{|ATX9006:ValuePattern("[")|}]
                public readonly partial struct Visit { }

                [ValueObject<byte>]
                [{|ATX9006:ValueRange(0, 300)|}]
                public readonly partial struct Small { }

                [ValueObject<string>]
                [{|ATX9006:ValueLength(5, 2)|}]
                public readonly partial struct Text { }
                """,
        };
        test.SourceGenerators.Add(typeof(ValueObjectGenerator));
        return test.RunAsync();
    }

    [Fact]
    public Task Well_formed_declarations_are_not_flagged()
    {
        var test = new AnalyzerVerifier<ValueObjectDeclarationAnalyzer>.Test
        {
            TestCode = """
                using System;
                using AllTx;

                [ValueObject<decimal>]
                [ValueRange(0, 100)]
                public readonly partial struct BlastPercentage
                {
                    private static Validation Validate(decimal value) => Validation.Ok;

                    private static decimal NormalizeInput(decimal input) => Math.Round(input, 2);
                }

                [ValueObject<string>]
                [ValuePattern("^[A-Z]+$"), ValueLength(1, 5), NotEmpty]
                public sealed partial class Code { }

                [ValueObject<Guid>]
                [NotEmpty]
                public partial record struct PatientId;

                public static partial class Outer
                {
                    [ValueObject<int>]
                    public partial record Nested;
                }

                public class NotAValueObject
                {
                    public NotAValueObject(int value) { }

                    private static bool Validate(string text) => true;
                }
                """,
        };
        test.SourceGenerators.Add(typeof(ValueObjectGenerator));
        return test.RunAsync();
    }
}
