using AllTx.Analyzers.ValueObjects;
using AllTx.CodeFixes.ValueObjects;
using AllTx.Generators.ValueObjects.Rules;
using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Analyzers.Tests.ValueObjects;

public sealed class DeclarationTests
{
    [Fact]
    public Task Wrong_hook_signatures_are_flagged_and_fixed()
    {
        var test = new CodeFixVerifier<ValueObjectDeclarationAnalyzer, FixValueObjectHookSignatureCodeFix>.Test
        {
            TestCode = """
                using AllTx;
                using Vogen;

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
                using Vogen;

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
        test.SourceGenerators.Add(typeof(RuleCheckGenerator));
        test.SourceGenerators.Add(TestReferences.VogenGenerator);

        // Vogen's generator reports the same declarations in its own words, as it does in a consumer's build.
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("VOG005").WithSpan(7, 5, 7, 123).WithArguments("Validate"));
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("VOG016").WithSpan(13, 5, 13, 84).WithArguments("NormalizeInput"));

        // The fixed code is clean for both generators: nothing is inherited from the test state, so the fixed state's
        // expectation is exactly its (empty) markup.
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.AdditionalReferences.AddRange(TestReferences.Default);
        return test.RunAsync();
    }

    [Fact]
    public Task Generic_nesting_and_misfit_rules_are_flagged()
    {
        var test = new AnalyzerVerifier<ValueObjectDeclarationAnalyzer>.Test
        {
            TestCode = """
                using System;
                using AllTx;
                using Vogen;

                public partial class Box<T>
                {
                    [ValueObject<int>]
                    public partial struct {|ATX9002:Inner|} { }
                }

                [ValueObject<bool>]
                [{|ATX9006:ValueRange(0, 10)|}]
                [{|ATX9006:ValuePattern("[")|}]
                public readonly partial struct Flag { }

                [ValueObject<byte>]
                [{|ATX9006:ValueRange(0, 300)|}]
                public readonly partial struct Small { }

                [ValueObject<string>]
                [{|ATX9006:ValueLength(5, 2)|}]
                public readonly partial struct Text { }
                """,
        };
        test.SourceGenerators.Add(typeof(RuleCheckGenerator));
        test.SourceGenerators.Add(TestReferences.VogenGenerator);

        // Vogen's generator refuses any nesting (ATX9002 also names the generic container), as in a consumer's build.
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("VOG001").WithSpan(8, 27, 8, 32).WithArguments("Inner", "Box"));
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
                using Vogen;

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

                public class NotAValueObject
                {
                    public NotAValueObject(int value) { }

                    private static bool Validate(string text) => true;
                }
                """,
        };
        test.SourceGenerators.Add(typeof(RuleCheckGenerator));
        test.SourceGenerators.Add(TestReferences.VogenGenerator);
        return test.RunAsync();
    }
}
