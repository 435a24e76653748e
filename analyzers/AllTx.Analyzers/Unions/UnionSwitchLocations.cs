using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.Analyzers.Unions
{
    /// <summary>Where ATX4001/ATX4002 are reported, and the case list the code fixes read from the diagnostic.</summary>
    internal static class UnionSwitchLocations
    {
        /// <summary>The <c>switch</c> keyword of a switch statement or expression.</summary>
        public static Location SwitchKeyword(SyntaxNode switchSyntax) => switchSyntax switch
        {
            SwitchExpressionSyntax expression => expression.SwitchKeyword.GetLocation(),
            SwitchStatementSyntax statement => statement.SwitchKeyword.GetLocation(),
            _ => switchSyntax.GetLocation(),
        };

        /// <summary>The cases as C# type names valid at the switch, for messages and for the code fixes.</summary>
        public static ImmutableArray<string> CaseNames(ImmutableArray<ITypeSymbol> cases, SemanticModel? model, int position) =>
            cases.Select(caseType => model is null
                    ? caseType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
                    : caseType.ToMinimalDisplayString(model, position))
                .ToImmutableArray();

        /// <summary>The properties carrying the missing cases to the code fix.</summary>
        public static ImmutableDictionary<string, string?> MissingCasesProperties(ImmutableArray<string> caseNames) =>
            ImmutableDictionary<string, string?>.Empty.Add(RuleIdentifiers.MissingCasesProperty, string.Join("|", caseNames));
    }
}
