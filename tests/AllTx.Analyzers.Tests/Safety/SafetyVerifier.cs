using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Tests.Safety;

/// <summary>Runs the safety analyzers on consumer code that references AllTx.Domain, as a team's project does.</summary>
internal static class SafetyVerifier
{
    public const string Usings = """
        using System;
        using AllTx.Domain.Dosing;
        using AllTx.Domain.Drugs;
        using AllTx.Domain.Laboratory;
        using AllTx.Domain.Mrd;
        using AllTx.Domain.Patients;
        using AllTx.Domain.Units;

        """;

    public static Task VerifyAsync<TAnalyzer>(string source, string? editorConfig = null, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        VerifyRuleAsync<TAnalyzer>(null, source, editorConfig, expected);

    /// <summary>
    /// Verifies one <paramref name="rule"/> of an analyzer with several diagnostics (its other ids are disabled, and
    /// <c>[|…|]</c> stands for <paramref name="rule"/>); all of them when it is null.
    /// </summary>
    public static Task VerifyRuleAsync<TAnalyzer>(string? rule, string source, string? editorConfig = null, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test { TestCode = source };
        if (editorConfig is not null)
        {
            EditorConfig.Add(test.TestState, editorConfig);
        }

        Configure<TAnalyzer>(test, rule);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifyFixAsync<TAnalyzer, TCodeFix>(
        string source, string fixedSource, string? equivalenceKey = null, int? fixAllPasses = null, string? rule = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CodeFixVerifier<TAnalyzer, TCodeFix>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,

            // Fix All repeats until nothing is left to fix; when given, the number of passes that takes is verified exactly.
            NumberOfFixAllIterations = fixAllPasses,
        };

        Configure<TAnalyzer>(test, rule);
        return test.RunAsync();
    }

    private static void Configure<TAnalyzer>(AnalyzerTest<DefaultVerifier> test, string? rule)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        test.TestState.AdditionalReferences.Add(typeof(AllTx.Domain.Drugs.Drug).Assembly);
        if (rule is not null)
        {
            test.DisabledDiagnostics.AddRange(new TAnalyzer().SupportedDiagnostics.Select(d => d.Id).Where(id => id != rule));
        }
    }
}
