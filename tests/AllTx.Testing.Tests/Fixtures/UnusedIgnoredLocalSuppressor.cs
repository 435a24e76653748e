using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Testing.Tests.Fixtures;

/// <summary>Suppresses CS0168 (declared, never used) for locals named <c>ignored</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnusedIgnoredLocalSuppressor : DiagnosticSuppressor
{
    public static readonly SuppressionDescriptor Rule = new("TSP0001", "CS0168", "The local is named 'ignored' on purpose.");

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions => ImmutableArray.Create(Rule);

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            var tree = diagnostic.Location.SourceTree;
            if (tree is not null && tree.GetText().ToString(diagnostic.Location.SourceSpan) == "ignored")
            {
                context.ReportSuppression(Suppression.Create(Rule, diagnostic));
            }
        }
    }
}
