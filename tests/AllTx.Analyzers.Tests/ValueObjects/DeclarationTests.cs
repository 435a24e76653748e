using AllTx.Analyzers.ValueObjects;
using AllTx.CodeFixes.ValueObjects;
using AllTx.Analyzers.Tests.VogenValueObjects;
using AllTx.Generators.ValueObjects.Rules;
using AllTx.Testing;

namespace AllTx.Analyzers.Tests.ValueObjects;

public sealed class DeclarationTests
{
    [Fact]
    public Task Wrong_hook_signatures_are_flagged_and_fixed()
    {
        var test = new CodeFixTest<ValueObjectDeclarationAnalyzer, FixValueObjectHookSignatureCodeFix>
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
        test.SourceGenerators.Add(new RuleCheckGenerator());
        test.SourceGenerators.Add(VogenTestReferences.CreateVogenGenerator());
        test.AdditionalReferences.Add(typeof(Vogen.Validation).Assembly);
        return test.RunAsync();
    }

    [Fact]
    public Task Generic_nesting_and_misfit_rules_are_flagged()
    {
        var test = new AnalyzerTest<ValueObjectDeclarationAnalyzer>
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
        test.SourceGenerators.Add(new RuleCheckGenerator());
        test.SourceGenerators.Add(VogenTestReferences.CreateVogenGenerator());
        test.AdditionalReferences.Add(typeof(Vogen.Validation).Assembly);
        return test.RunAsync();
    }

    [Fact]
    public Task Well_formed_declarations_are_not_flagged()
    {
        var test = new AnalyzerTest<ValueObjectDeclarationAnalyzer>
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
        test.SourceGenerators.Add(new RuleCheckGenerator());
        test.SourceGenerators.Add(VogenTestReferences.CreateVogenGenerator());
        test.AdditionalReferences.Add(typeof(Vogen.Validation).Assembly);
        return test.RunAsync();
    }
}
