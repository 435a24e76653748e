using AllTx.Analyzers.Unions;
using AllTx.CodeFixes.Unions;
using AllTx.Generators.Unions;
using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis.Testing;
using Verify = AllTx.Roslyn.Testing.CodeFixVerifier<AllTx.Analyzers.Unions.UnionSwitchDiscardArmAnalyzer, AllTx.CodeFixes.Unions.ReplaceUnionDiscardArmCodeFix>;

namespace AllTx.Analyzers.Tests.Unions;

public sealed class UnionSwitchDiscardArmAnalyzerTests
{
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<UnionSwitchDiscardArmAnalyzer>.Test { TestCode = source };
        test.TestState.Sources.Add(UnionTestSources.Relapse);
        test.SourceGenerators.Add(typeof(UnionGenerator));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    // The fix writes `Relapse.Cd19Negative` as a type pattern where the parser reads a constant pattern: same text and
    // meaning, so the fixed code is compared as text, not as syntax-tree structure.
    private static Task VerifyFixAsync(string source, string fixedSource)
    {
        var test = new CodeFixVerifier<UnionSwitchDiscardArmAnalyzer, ReplaceUnionDiscardArmCodeFix>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionValidationMode = CodeActionValidationMode.None,
        };
        test.TestState.Sources.Add(UnionTestSources.Relapse);
        test.FixedState.Sources.Add(UnionTestSources.Relapse);
        test.SourceGenerators.Add(typeof(UnionGenerator));
        return test.RunAsync();
    }

    [Fact]
    public Task Flags_a_discard_arm_in_a_switch_expression_over_a_union() => VerifyAsync("""
        using Clinic;

        static class Triage
        {
            static string Plan(Relapse relapse) => relapse switch
            {
                Relapse.Cd19Positive => "re-treat",
                {|#0:_|} => "other",
            };
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("'_'", "Relapse"));

    [Fact]
    public Task Flags_a_default_label_in_a_switch_statement_over_OneOf_Value() => VerifyAsync("""
        using AllTx;

        static class Reading
        {
            static string Show(OneOf<decimal, string> blasts)
            {
                switch (blasts.Value)
                {
                    case decimal percent: return $"{percent}%";
                    {|#0:default:|} return "text";
                }
            }
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("'default'", "OneOf<decimal, string>.Value"));

    [Fact]
    public Task Ignores_catch_all_arms_in_ordinary_switches_and_complete_union_switches() => VerifyAsync("""
        using Clinic;

        static class Other
        {
            static int Kind(object value) => value switch { int => 1, _ => 0 };
            static string Plan(Relapse relapse) => relapse switch
            {
                Relapse.Cd19Positive => "CD19+",
                Relapse.Cd19Negative => "CD19-",
                Relapse.LineageSwitch => "switch",
            };
        }
        """);

    [Fact]
    public Task Fix_replaces_the_discard_by_an_arm_per_case_it_caught_keeping_its_result() => VerifyFixAsync("""
        using Clinic;

        static class Triage
        {
            static string Plan(Relapse relapse) => relapse switch
            {
                Relapse.Cd19Positive => "re-treat",
                [|_|] => "other",
            };
        }
        """, """
        using Clinic;

        static class Triage
        {
            static string Plan(Relapse relapse) => relapse switch
            {
                Relapse.Cd19Positive => "re-treat",
                Relapse.Cd19Negative => "other",
                Relapse.LineageSwitch => "other",
            };
        }
        """);

    [Fact]
    public Task Fix_replaces_a_default_label_by_a_label_per_case_it_caught() => VerifyFixAsync("""
        using AllTx;

        static class Reading
        {
            static string Show(OneOf<decimal, string> blasts)
            {
                string shown = "unknown";
                switch (blasts.Value)
                {
                    case decimal percent: shown = $"{percent}%"; break;
                    [|default:|] shown = "text"; break;
                }

                return shown;
            }
        }
        """, """
        using AllTx;

        static class Reading
        {
            static string Show(OneOf<decimal, string> blasts)
            {
                string shown = "unknown";
                switch (blasts.Value)
                {
                    case decimal percent: shown = $"{percent}%"; break;
                    case string: shown = "text"; break;
                }

                return shown;
            }
        }
        """);
}
