using System.Runtime.CompilerServices;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Dosing
{
    /// <summary>
    /// ATX1001 on declarations: a numeric field or property of a type with a <c>Drug</c>, or a numeric parameter of a
    /// signature with a <c>Drug</c>, named as an amount (not as a count, index, time or price: see <see cref="AmountNames"/>).
    /// Tuples, anonymous objects and object creations are checked by <see cref="DrugDoseWithoutUnitAnalyzer"/>.
    /// </summary>
    internal sealed class DrugDoseDeclarationRule : NumericDeclarationRule
    {
        private readonly SdkSymbols _symbols;
        private readonly DrugPairing _pairing;

        internal DrugDoseDeclarationRule(SdkSymbols symbols, DrugPairing pairing)
        {
            _symbols = symbols;
            _pairing = pairing;
        }

        internal override bool CoversLocals => false;

        // Any name: whether the number is an amount is decided with the Drug pairing, in AcceptsSymbol.
        internal override bool AcceptsName(string name, AnalyzerOptions options, SyntaxTree tree) => true;

        [MethodImpl(HotPath.AggressiveOptimization)]
        internal override bool AcceptsSymbol(ISymbol symbol) =>
            _symbols.Drug is { } drug && _pairing.PairsWithDrug(symbol, drug) && !AmountNames.IsNotAnAmount(symbol.Name);

        internal override Diagnostic Diagnose(NumericDeclaration declaration)
        {
            ISymbol owner = declaration.Symbol.ContainingSymbol;
            return Diagnostic.Create(
                DiagnosticDescriptors.DrugDoseWithoutUnit,
                declaration.TypeSyntax.GetLocation(),
                declaration.HasInitializer ? null : ReplacementTypes.Dose,
                owner is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor ? constructor.ContainingType.Name : owner.Name,
                declaration.TypeSyntax.ToString(),
                declaration.Name);
        }
    }
}
