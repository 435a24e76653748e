using System;
using System.Collections.Immutable;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Mrd
{
    /// <summary>
    /// ATX2001: an MRD value without its assay method — a numeric field, property, parameter or local named as an MRD value
    /// (<c>mrd</c>, <c>lastMrd</c>, <c>mrdLevel</c>, <c>residualDisease</c>…; globs configured with
    /// <c>alltx.mrd_name_patterns</c>) in a type or signature with no <c>MrdMethod</c> alongside, or an
    /// <c>MrdResult.Create</c> given a method that is no assay method (<c>default</c>, <c>(MrdMethod)0</c>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MrdValueWithoutMethodAnalyzer : SdkSafetyAnalyzer
    {
        /// <summary>The .editorconfig key listing the MRD name patterns.</summary>
        internal const string PatternsKey = "alltx.mrd_name_patterns";

        /// <summary>The default MRD name patterns (documented in docs/rules/ATX2001.md).</summary>
        internal const string DefaultPatterns = "*mrd, *mrdlevel*, *mrdvalue*, *mrdpercent*, *mrdfraction*, *residualdisease*";

        private static readonly NamePatterns Defaults = NamePatterns.Parse(DefaultPatterns);

        private static readonly ImmutableDictionary<string, string?> ReplaceWithMrdResult =
            ImmutableDictionary<string, string?>.Empty.Add(RuleIdentifiers.ReplacementTypeProperty, "AllTx.Domain.Mrd.MrdResult");

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.MrdValueWithoutMethod);

        /// <inheritdoc />
        private protected override void Register(CompilationStartAnalysisContext start, SdkSymbols symbols)
        {
            Func<AnalyzerOptions, SyntaxTree, NamePatterns> patterns = NamePatterns.PerTree(PatternsKey, Defaults);
            Func<AnalyzerOptions, SyntaxTree, string, bool> named = (options, tree, name) => patterns(options, tree).Matches(name);
            NumericDeclaration.Register(start, named, includeLocals: true, (declaration, options, report) =>
            {
                if (symbols is not { MrdMethod: { } method, MrdResult: not null }
                    || AmountNames.IsNotAnAmount(declaration.Name)
                    || HasMethodAlongside(declaration.Symbol, method))
                {
                    return;
                }

                report(Diagnostic.Create(
                    DiagnosticDescriptors.MrdValueWithoutMethod,
                    declaration.TypeSyntax.GetLocation(),
                    declaration.HasInitializer || declaration.TypeSyntax.IsVar ? null : ReplaceWithMrdResult,
                    $"'{declaration.Name}' holds an MRD value as a unitless number with no MrdMethod alongside; keep it in an MrdResult, which always has its assay method"));
            });
            start.RegisterOperationAction(
                c =>
                {
                    if (symbols is { MrdMethod: { } method, MrdResult: { } result })
                    {
                        AnalyzeCreate(c, result, method);
                    }
                },
                OperationKind.Invocation);
        }

        // An MrdMethod next to the value: a sibling parameter, or a field or property of the containing type.
        private static bool HasMethodAlongside(ISymbol value, INamedTypeSymbol method)
        {
            if (value.ContainingSymbol is IMethodSymbol signature)
            {
                foreach (IParameterSymbol parameter in signature.Parameters)
                {
                    if (SdkSymbols.Is(SdkSymbols.WithoutNullable(parameter.Type), method))
                    {
                        return true;
                    }
                }
            }

            foreach (ISymbol member in value.ContainingType?.GetMembers() ?? ImmutableArray<ISymbol>.Empty)
            {
                ITypeSymbol? type = member switch
                {
                    IFieldSymbol field => field.Type,
                    IPropertySymbol property => property.Type,
                    _ => null,
                };
                if (SdkSymbols.Is(SdkSymbols.WithoutNullable(type), method))
                {
                    return true;
                }
            }

            return false;
        }

        private static void AnalyzeCreate(OperationAnalysisContext context, INamedTypeSymbol result, INamedTypeSymbol method)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (invocation.TargetMethod.Name != "Create" || !SdkSymbols.Is(invocation.TargetMethod.ContainingType, result))
            {
                return;
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (SdkSymbols.Is(argument.Parameter?.Type, method)
                    && argument.Value.ConstantValue is { HasValue: true, Value: { } constant }
                    && !IsDefinedMember(method, constant))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.MrdValueWithoutMethod,
                        argument.Value.Syntax.GetLocation(),
                        $"MrdResult.Create is given '{argument.Value.Syntax}' as its method, which is no assay method; pass the MrdMethod the result was measured with"));
                }
            }
        }

        private static bool IsDefinedMember(INamedTypeSymbol enumType, object constant)
        {
            foreach (ISymbol member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, constant))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
