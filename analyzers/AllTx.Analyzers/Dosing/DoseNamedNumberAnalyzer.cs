using System;
using System.Collections.Immutable;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Dosing
{
    /// <summary>
    /// ATX1002: a numeric field, property, parameter or local whose name says it holds a dose (<c>dose</c>,
    /// <c>maxDose</c>, <c>dosage</c>, <c>doseMg</c>…), in a compilation that references AllTx.Domain. The names are
    /// globs configured with <c>alltx.dose_name_patterns</c> in .editorconfig. A number paired with a <c>Drug</c> is
    /// ATX1001's and is not reported twice.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DoseNamedNumberAnalyzer : SdkSafetyAnalyzer
    {
        /// <summary>The .editorconfig key listing the dose name patterns.</summary>
        internal const string PatternsKey = "alltx.dose_name_patterns";

        /// <summary>The default dose name patterns (documented in docs/rules/ATX1002.md).</summary>
        internal const string DefaultPatterns = "*dose, *dosage, *dosemg*, *doseug*, *dosemcg*, *dosein*, *doseper*";

        private static readonly NamePatterns Defaults = NamePatterns.Parse(DefaultPatterns);

        private static readonly ImmutableDictionary<string, string?> ReplaceWithDose =
            ImmutableDictionary<string, string?>.Empty.Add(RuleIdentifiers.ReplacementTypeProperty, DrugDoseWithoutUnitAnalyzer.DoseMetadataName);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DoseNamedNumber);

        /// <inheritdoc />
        private protected override void Register(CompilationStartAnalysisContext start, SdkSymbols symbols)
        {
            Func<AnalyzerOptions, SyntaxTree, NamePatterns> patterns = NamePatterns.PerTree(PatternsKey, Defaults);
            Func<AnalyzerOptions, SyntaxTree, string, bool> named = (options, tree, name) => patterns(options, tree).Matches(name);
            var pairing = new DrugPairing();
            NumericDeclaration.Register(start, named, includeLocals: true, (declaration, options, report) =>
            {
                if (symbols.Drug is not { } drug
                    || AmountNames.IsNotAnAmount(declaration.Name)
                    || (declaration.Symbol is not ILocalSymbol && pairing.PairsWithDrug(declaration.Symbol, drug)))
                {
                    return;
                }

                report(Diagnostic.Create(
                    DiagnosticDescriptors.DoseNamedNumber,
                    declaration.TypeSyntax.GetLocation(),
                    declaration.HasInitializer || declaration.TypeSyntax.IsVar ? null : ReplaceWithDose,
                    declaration.Name,
                    declaration.Symbol is ILocalSymbol local ? local.Type.ToDisplayString() : declaration.TypeSyntax.ToString()));
            });
        }
    }
}
