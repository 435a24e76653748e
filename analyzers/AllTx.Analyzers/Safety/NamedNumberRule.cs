using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// A numeric-declaration rule about names (ATX1002, ATX2001): it covers locals too, and accepts the names that match the
    /// patterns .editorconfig sets under its key for the declaring file, else its default patterns.
    /// </summary>
    internal abstract class NamedNumberRule : NumericDeclarationRule
    {
        private readonly Func<AnalyzerOptions, SyntaxTree, NamePatterns> _patterns;

        private protected NamedNumberRule(string patternsKey, string defaultPatterns)
        {
            _patterns = NamePatterns.PerTree(patternsKey, NamePatterns.Parse(defaultPatterns));
        }

        internal sealed override bool CoversLocals => true;

        internal sealed override bool AcceptsName(string name, AnalyzerOptions options, SyntaxTree tree) => _patterns(options, tree).Matches(name);
    }
}
