using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.Unions
{
    /// <summary>
    /// Reports <c>[Union]</c> declarations the generator cannot complete, which it would otherwise skip silently or
    /// complete with code that does not compile: not partial (ATX9007), not an abstract record (ATX9008), a case that is
    /// not <c>sealed partial</c> (ATX9009), no cases (ATX9010), a generic union, a union nested in a generic type or a generic case (ATX9011), a case less accessible
    /// than the union (ATX9012).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnionDeclarationAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.UnionNotPartial,
            DiagnosticDescriptors.UnionNotAbstractRecord,
            DiagnosticDescriptors.UnionCaseNotSealedPartial,
            DiagnosticDescriptors.UnionWithoutCases,
            DiagnosticDescriptors.UnionGeneric,
            DiagnosticDescriptors.UnionCaseLessAccessible);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (UnionTypes.Create(start.Compilation) is { } unionTypes)
                {
                    start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, unionTypes), SymbolKind.NamedType);
                }
            });
        }

        private static void Analyze(SymbolAnalysisContext context, UnionTypes unionTypes)
        {
            var union = (INamedTypeSymbol)context.Symbol;
            ReportNotPartial(context, union, unionTypes);
            if (!unionTypes.IsMarkedUnion(union))
            {
                return;
            }

            if (!union.IsRecord && UnionTypes.IsOneOfBase(union.BaseType))
            {
                // A OneOfBase union: its cases are the type arguments, so only the union's own shape matters.
                if (union.IsGenericType)
                {
                    Report(context, DiagnosticDescriptors.UnionGeneric, union.Locations.FirstOrDefault(), ImmutableArray<string>.Empty, union.Name);
                }

                return;
            }

            if (ShapeProblem(union) is { } problem)
            {
                ImmutableArray<string> fix = union.IsRecord && !union.IsSealed && !union.IsStatic ? ImmutableArray.Create("abstract") : ImmutableArray<string>.Empty;
                Report(context, DiagnosticDescriptors.UnionNotAbstractRecord, union.Locations.FirstOrDefault(), fix, union.Name, problem);
                return;
            }

            // IsGenericType is also true for a type nested in a generic type, which the generator skips too.
            if (union.IsGenericType)
            {
                Report(context, DiagnosticDescriptors.UnionGeneric, union.Locations.FirstOrDefault(), ImmutableArray<string>.Empty, union.Name);
            }

            ImmutableArray<INamedTypeSymbol> cases = UnionTypes.CasesOf(union);
            if (cases.IsEmpty)
            {
                Report(context, DiagnosticDescriptors.UnionWithoutCases, union.Locations.FirstOrDefault(), ImmutableArray<string>.Empty, union.Name);
            }

            foreach (INamedTypeSymbol unionCase in cases)
            {
                ReportCase(context, union, unionCase);
            }
        }

        private static void ReportCase(SymbolAnalysisContext context, INamedTypeSymbol union, INamedTypeSymbol unionCase)
        {
            Location? location = unionCase.Locations.FirstOrDefault();
            if (unionCase.Arity > 0)
            {
                Report(context, DiagnosticDescriptors.UnionGeneric, location, ImmutableArray<string>.Empty, unionCase.Name);
            }

            bool partial = IsPartial(unionCase, context);
            if (!partial || !unionCase.IsSealed)
            {
                var missing = new List<string>();
                if (!unionCase.IsSealed && !unionCase.IsAbstract)
                {
                    missing.Add("sealed");
                }

                if (!partial)
                {
                    missing.Add("partial");
                }

                string problem = (partial, unionCase.IsSealed) switch
                {
                    (false, false) => "neither sealed nor partial",
                    (false, true) => "not partial",
                    _ => "not sealed",
                };
                Report(context, DiagnosticDescriptors.UnionCaseNotSealedPartial, location, missing.ToImmutableArray(), unionCase.Name, union.Name, problem);
            }

            if (IsLessAccessible(unionCase.DeclaredAccessibility, union.DeclaredAccessibility))
            {
                Report(context, DiagnosticDescriptors.UnionCaseLessAccessible, location, ImmutableArray<string>.Empty, unionCase.Name, union.Name);
            }
        }

        private static string? ShapeProblem(INamedTypeSymbol union) => union switch
        {
            { IsRecord: false } => "a class that does not derive from OneOf.OneOfBase<…>",
            { IsAbstract: false } => "a record that is not abstract",
            _ => null,
        };

        // Run for every type, so that a container that is not partial is reported from its own analysis.
        private static void ReportNotPartial(SymbolAnalysisContext context, INamedTypeSymbol type, UnionTypes unionTypes)
        {
            foreach ((TypeDeclarationSyntax declaration, INamedTypeSymbol union) in PartialDeclarations.MissingFor(
                type, unionTypes.IsMarkedUnion, context.CancellationToken))
            {
                Report(context, DiagnosticDescriptors.UnionNotPartial, declaration.Identifier.GetLocation(), ImmutableArray.Create("partial"), union.Name);
            }
        }

        private static bool IsPartial(INamedTypeSymbol type, SymbolAnalysisContext context) =>
            PartialDeclarations.NonPartialDeclaration(type, context.CancellationToken) is null;

        // Public > protected internal > internal / protected > private protected > private; only the nested case's own
        // accessibility matters, since the union's containers limit both alike.
        private static bool IsLessAccessible(Accessibility caseAccessibility, Accessibility unionAccessibility) =>
            caseAccessibility != Accessibility.Public && caseAccessibility < unionAccessibility;

        private static void Report(
            SymbolAnalysisContext context,
            DiagnosticDescriptor descriptor,
            Location? location,
            ImmutableArray<string> missingModifiers,
            params object[] arguments)
        {
            ImmutableDictionary<string, string?> properties = missingModifiers.IsEmpty
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(RuleIdentifiers.MissingModifiersProperty, string.Join(" ", missingModifiers));
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location ?? Location.None, properties, arguments));
        }
    }
}
