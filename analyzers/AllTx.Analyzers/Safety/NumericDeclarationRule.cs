using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// One check on numeric declarations (ATX1001, ATX1002 or ATX2001), run by <see cref="NumericDeclarationAnalyzer"/> in
    /// its single walk. The walk asks each rule about a declaration's name and then its symbol, and reads the declaration's
    /// syntax only when a rule accepted both; <see cref="Diagnose"/> then builds that rule's diagnostic.
    /// </summary>
    internal abstract class NumericDeclarationRule
    {
        /// <summary>False for a rule about fields, properties and parameters only: locals are then not bound for it.</summary>
        internal abstract bool CoversLocals { get; }

        /// <summary>The first, cheapest filter; for a local it runs before the local is bound.</summary>
        internal abstract bool AcceptsName(string name, AnalyzerOptions options, SyntaxTree tree);

        /// <summary>The second filter, on the declared field, property, parameter or local.</summary>
        internal abstract bool AcceptsSymbol(ISymbol symbol);

        internal abstract Diagnostic Diagnose(NumericDeclaration declaration);
    }
}
