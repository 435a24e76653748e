using AllTx.Analyzers.Unions;
using AllTx.CodeFixes.Unions;
using AllTx.Generators.Unions;
using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis.Testing;
using Verify = AllTx.Roslyn.Testing.CodeFixVerifier<AllTx.Analyzers.Unions.NonExhaustiveUnionSwitchAnalyzer, AllTx.CodeFixes.Unions.AddMissingUnionArmsCodeFix>;

namespace AllTx.Analyzers.Tests.Unions;

public sealed class NonExhaustiveUnionSwitchAnalyzerTests
{
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<NonExhaustiveUnionSwitchAnalyzer>.Test { TestCode = source };
        test.TestState.Sources.Add(UnionTestSources.Relapse);
        test.SourceGenerators.Add(typeof(UnionGenerator));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    // The fixed code keeps one #warning (CS1030) per placeholder arm: a scaffolded arm cannot ship without a build warning,
    // so compiler warnings are compared (CS8509 on a complete union switch stays here too: only the union-switch
    // suppressor, not under test, removes it). The fix writes `Relapse.Cd19Negative` as a type pattern where the parser
    // reads a constant pattern: same text and meaning, so the fixed code is compared as text, not as tree structure.
    private static Task VerifyFixAsync(string source, string fixedSource)
    {
        var test = new CodeFixVerifier<NonExhaustiveUnionSwitchAnalyzer, AddMissingUnionArmsCodeFix>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
            CodeActionValidationMode = CodeActionValidationMode.None,
        };
        test.TestState.Sources.Add(UnionTestSources.Relapse);
        test.FixedState.Sources.Add(UnionTestSources.Relapse);
        test.SourceGenerators.Add(typeof(UnionGenerator));
        return test.RunAsync();
    }

    [Fact]
    public Task Flags_a_switch_expression_over_a_named_union_that_misses_a_case_and_names_it() => VerifyAsync("""
        using static Clinic.Relapse;

        static class Triage
        {
            static string Plan(Clinic.Relapse relapse) => relapse {|#0:switch|}
            {
                Cd19Positive => "re-treat with CD19-directed therapy",
                Cd19Negative => "target CD22",
            };
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Relapse", "LineageSwitch"));

    [Fact]
    public Task Flags_a_switch_statement_that_misses_two_cases() => VerifyAsync("""
        using Clinic;

        static class Triage
        {
            static void Plan(Relapse relapse)
            {
                {|#0:switch|} (relapse)
                {
                    case Relapse.Cd19Positive positive:
                        break;
                }
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Relapse", "Relapse.Cd19Negative, Relapse.LineageSwitch"));

    [Fact]
    public Task Flags_a_switch_over_OneOf_Value_that_misses_a_case_type() => VerifyAsync("""
        using AllTx;

        static class Reading
        {
            static string Show(OneOf<decimal, string> blasts) => blasts.Value {|#0:switch|}
            {
                decimal percent => $"{percent}%",
                null => "none",
            };
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("OneOf<decimal, string>.Value", "string"));

    [Fact]
    public Task Does_not_count_arms_with_a_when_guard_or_a_property_pattern() => VerifyAsync("""
        using Clinic;

        static class Triage
        {
            static string Plan(Relapse relapse) => relapse {|#0:switch|}
            {
                Relapse.Cd19Positive { Blasts: > 5m } => "high burden",
                Relapse.Cd19Negative negative when negative.Blasts > 0m => "antigen escape",
                Relapse.LineageSwitch => "treat as AML",
            };
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("Relapse", "Relapse.Cd19Positive, Relapse.Cd19Negative"));

    [Fact]
    public Task Accepts_switches_that_handle_every_case_in_any_pattern_form() => VerifyAsync("""
        using AllTx;
        using Clinic;

        static class Triage
        {
            static string Plan(Relapse relapse) => relapse switch
            {
                Relapse.Cd19Positive or Relapse.Cd19Negative => "CD19 known",
                Relapse.LineageSwitch { } lineageSwitch => lineageSwitch.Lineage,
            };

            static string Show(OneOf<decimal, string> blasts)
            {
                switch (blasts.Value)
                {
                    case decimal percent: return $"{percent}%";
                    case string text: return text;
                }

                return "unreachable";
            }
        }
        """);

    [Fact]
    public Task Ignores_ordinary_type_switches_and_switches_with_a_catch_all() => VerifyAsync("""
        using Clinic;

        abstract record Shape;
        sealed record Circle : Shape;
        sealed record Square : Shape;

        static class Other
        {
            static int Sides(Shape shape) => shape switch { Circle => 0, _ => 4 };
            static int Kind(object value) => value switch { int => 1, string => 2, _ => 0 };
            static string Plan(Relapse relapse) => relapse switch { Relapse.Cd19Positive => "CD19+", _ => "other" };
        }
        """);

    [Fact]
    public Task Fix_adds_an_arm_per_missing_case_to_a_switch_expression() => VerifyFixAsync("""
        using Clinic;

        static class Triage
        {
            static string Plan(Relapse relapse) => relapse {|CS8509:[|switch|]|}
            {
                Relapse.Cd19Positive => "re-treat",
            };
        }
        """, """
        using Clinic;

        static class Triage
        {
            static string Plan(Relapse relapse) => relapse {|CS8509:switch|}
            {
                Relapse.Cd19Positive => "re-treat",
        #warning {|CS1030:Handle Relapse.Cd19Negative here: replace the placeholder the ATX4001 code fix added|}
                Relapse.Cd19Negative => throw new System.InvalidOperationException("Relapse.Cd19Negative is not handled yet"),
        #warning {|CS1030:Handle Relapse.LineageSwitch here: replace the placeholder the ATX4001 code fix added|}
                Relapse.LineageSwitch => throw new System.InvalidOperationException("Relapse.LineageSwitch is not handled yet"),
            };
        }
        """);

    [Fact]
    public Task Fix_adds_a_section_per_missing_case_to_a_switch_statement() => VerifyFixAsync("""
        using AllTx;

        static class Reading
        {
            static void Show(OneOf<decimal, string> blasts)
            {
                [|switch|] (blasts.Value)
                {
                    case decimal percent:
                        break;
                }
            }
        }
        """, """
        using AllTx;

        static class Reading
        {
            static void Show(OneOf<decimal, string> blasts)
            {
                switch (blasts.Value)
                {
                    case decimal percent:
                        break;
        #warning {|CS1030:Handle string here: replace the placeholder the ATX4001 code fix added|}
                    case string:
                        throw new System.InvalidOperationException("string is not handled yet");
                }
            }
        }
        """);
}
