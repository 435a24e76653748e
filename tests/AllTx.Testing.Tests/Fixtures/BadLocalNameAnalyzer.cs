using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Testing.Tests.Fixtures;

/// <summary>A well-behaved toy analyzer: flags locals named <c>bad</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BadLocalNameAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "TST0001", "Bad local name", "Local '{0}' has a bad name", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.VariableDeclarator);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var declarator = (VariableDeclaratorSyntax)context.Node;
        if (declarator.Identifier.ValueText == "bad" && declarator.Parent?.Parent is LocalDeclarationStatementSyntax)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, declarator.Identifier.GetLocation(), declarator.Identifier.ValueText));
        }
    }
}

/// <summary>Same check, but analyzes and reports in generated code: the harness must catch that.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedCodeBlindAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BadLocalNameAnalyzer.Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var declarator = (VariableDeclaratorSyntax)c.Node;
                if (declarator.Identifier.ValueText == "bad")
                {
                    c.ReportDiagnostic(Diagnostic.Create(BadLocalNameAnalyzer.Rule, declarator.Identifier.GetLocation(), "bad"));
                }
            },
            SyntaxKind.VariableDeclarator);
    }
}

/// <summary>An analyzer that crashes on every class: the harness must fail with AD0001.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThrowingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BadLocalNameAnalyzer.Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("boom"), SyntaxKind.ClassDeclaration);
    }
}

/// <summary>Two diagnostics: TST0001 for locals named <c>bad</c>, TST0002 for locals named <c>worse</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BadOrWorseLocalNameAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Worse = new(
        "TST0002", "Worse local name", "Local '{0}' has a worse name", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BadLocalNameAnalyzer.Rule, Worse);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var declarator = (VariableDeclaratorSyntax)c.Node;
                var rule = declarator.Identifier.ValueText switch { "bad" => BadLocalNameAnalyzer.Rule, "worse" => Worse, _ => null };
                if (rule is not null && declarator.Parent?.Parent is LocalDeclarationStatementSyntax)
                {
                    c.ReportDiagnostic(Diagnostic.Create(rule, declarator.Identifier.GetLocation(), declarator.Identifier.ValueText));
                }
            },
            SyntaxKind.VariableDeclarator);
    }
}
