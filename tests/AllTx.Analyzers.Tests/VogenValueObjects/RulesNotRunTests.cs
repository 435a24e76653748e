using AllTx.Analyzers.ValueObjects;
using AllTx.CodeFixes.ValueObjects;
using AllTx.Generators.ValueObjects.Rules;
using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Analyzers.Tests.VogenValueObjects;

/// <summary>ATX3006: a Vogen value object whose declarative rules Vogen would never run, and the fix that declares Validate.</summary>
public sealed class RulesNotRunTests
{
    [Fact]
    public Task A_rule_bearing_type_without_Validate_is_an_error_and_the_fix_declares_the_partial_one() => Run(
        """
        using Vogen;

        [ValueObject<decimal>]
        [AllTx.ValueRange(0, 100)]
        public readonly partial struct {|#0:BlastPercentage|}
        {
            public bool IsHigh => Value > 20m;
        }
        """,
        """
        using Vogen;

        [ValueObject<decimal>]
        [AllTx.ValueRange(0, 100)]
        public readonly partial struct BlastPercentage
        {
            private static partial Validation Validate(decimal value);

            public bool IsHigh => Value > 20m;
        }
        """,
        new DiagnosticResult("ATX3006", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "BlastPercentage",
            "[ValueRange]",
            "declares no Validate (declare 'private static partial Validation Validate(decimal value);' and the AllTx generator supplies its body)"));

    [Fact]
    public Task The_fix_qualifies_Validation_when_Vogen_is_not_imported_and_fills_an_empty_declaration() => Run(
        """
        namespace Trials
        {
            [Vogen.ValueObject<string>]
            [AllTx.ValuePattern("^NCT[0-9]{8}$")]
            [AllTx.NotEmpty]
            public sealed partial class {|#0:NctId|};
        }
        """,
        """
        namespace Trials
        {
            [Vogen.ValueObject<string>]
            [AllTx.ValuePattern("^NCT[0-9]{8}$")]
            [AllTx.NotEmpty]
            public sealed partial class NctId
            {
                private static partial Vogen.Validation Validate(string value);
            }
        }
        """,
        new DiagnosticResult("ATX3006", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "NctId",
            "[ValuePattern], [NotEmpty]",
            "declares no Validate (declare 'private static partial Validation Validate(string value);' and the AllTx generator supplies its body)"));

    [Fact]
    public Task A_hand_written_Validate_that_skips_the_rule_check_is_an_error() => Run(
        """
        using Vogen;

        [ValueObject<int>]
        [AllTx.ValueRange(0, 12)]
        public readonly partial struct MatchedAlleles
        {
            private static Validation {|#0:Validate|}(int value) => value % 2 == 0 ? Validation.Ok : Validation.Invalid("must be even");
        }
        """,
        fixedSource: null,
        new DiagnosticResult("ATX3006", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "MatchedAlleles", "[ValueRange]", "its Validate never calls CheckDeclaredRules(value)"));

    [Fact]
    public Task Declared_partial_Validate_hand_written_Validate_calling_the_check_and_types_without_rules_are_clean() => Run(
        """
        using Vogen;

        [ValueObject<decimal>]
        [AllTx.ValueRange(0, 100)]
        public readonly partial struct BlastPercentage
        {
            private static partial Validation Validate(decimal value);
        }

        [ValueObject<int>]
        [AllTx.ValueRange(0, 12)]
        public readonly partial struct MatchedAlleles
        {
            private static Validation Validate(int value)
            {
                Validation rules = CheckDeclaredRules(value);
                return rules != Validation.Ok ? rules : value % 2 == 0 ? Validation.Ok : Validation.Invalid("must be even");
            }
        }

        [ValueObject<int>]
        public readonly partial struct CycleNumber { }

        [AllTx.ValueRange(0, 12)]
        public sealed class NotAValueObject { }
        """,
        fixedSource: null);

    private static Task Run(string source, string? fixedSource, params DiagnosticResult[] expected)
    {
        // The analyzer and its fix with our generator and Vogen's in the compilation, as in a consumer's build.
        var test = new CodeFixVerifier<ValueObjectRulesNotRunAnalyzer, DeclarePartialValidateCodeFix>.Test
        {
            TestCode = source,
            FixedCode = fixedSource ?? source,
            SourceGenerators = { typeof(RuleCheckGenerator), TestReferences.VogenGenerator },
        };
        test.ExpectedDiagnostics.AddRange(expected);
        if (fixedSource is null && expected.Length > 0)
        {
            test.FixedState.ExpectedDiagnostics.AddRange(expected);
        }

        return test.RunAsync();
    }
}
