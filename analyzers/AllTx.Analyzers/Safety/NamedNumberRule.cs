using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// A numeric-declaration rule about names (ATX1002, ATX1005, ATX2001): it covers locals too, and accepts the names that
    /// match the patterns .editorconfig sets under its key for the declaring file, else its default patterns, and whose
    /// words the rule then accepts (<see cref="AcceptsWords"/>).
    /// </summary>
    internal abstract class NamedNumberRule : NumericDeclarationRule
    {
        private readonly Func<AnalyzerOptions, SyntaxTree, NamePatterns> _patterns;

        private protected NamedNumberRule(string patternsKey, string defaultPatterns)
        {
            _patterns = NamePatterns.PerTree(patternsKey, NamePatterns.Parse(defaultPatterns));
        }

        internal sealed override bool CoversLocals => true;

        internal sealed override bool AcceptsName(string name, AnalyzerOptions options, SyntaxTree tree) =>
            _patterns(options, tree).Match(name) is { } match && AcceptsWords(match);

        /// <summary>The rule's reading of a matched name (e.g. a count of doses is not a dose).</summary>
        private protected abstract bool AcceptsWords(NameMatch match);
    }
}
