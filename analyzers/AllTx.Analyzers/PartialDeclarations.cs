using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.Analyzers
{
    /// <summary>
    /// Which declarations lack <c>partial</c> for a generator that completes marked types (value objects, unions): the
    /// marked type and every type containing it must be partial. A missing <c>partial</c> is reported once per marked
    /// type, on its innermost non-partial declaration, from the analysis of the type declared there (so the diagnostic
    /// is local to the symbol being analysed).
    /// </summary>
    internal static class PartialDeclarations
    {
        /// <summary>A declaration of <paramref name="type"/> without <c>partial</c>, if any.</summary>
        public static TypeDeclarationSyntax? NonPartialDeclaration(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            type.DeclaringSyntaxReferences
                .Select(reference => reference.GetSyntax(cancellationToken))
                .OfType<TypeDeclarationSyntax>()
                .FirstOrDefault(declaration => !declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

        /// <summary>
        /// The marked types whose innermost non-partial declaration is <paramref name="type"/>'s: <paramref name="type"/>
        /// itself when it is marked, and the marked types nested in it through partial types only. Empty when
        /// <paramref name="type"/> is partial.
        /// </summary>
        public static IEnumerable<(TypeDeclarationSyntax Declaration, INamedTypeSymbol MarkedType)> MissingFor(
            INamedTypeSymbol type,
            Func<INamedTypeSymbol, bool> isMarked,
            CancellationToken cancellationToken)
        {
            if (NonPartialDeclaration(type, cancellationToken) is not { } declaration)
            {
                return Enumerable.Empty<(TypeDeclarationSyntax, INamedTypeSymbol)>();
            }

            return SelfAndPartiallyNested(type, cancellationToken).Where(isMarked).Select(marked => (declaration, marked));
        }

        private static IEnumerable<INamedTypeSymbol> SelfAndPartiallyNested(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            yield return type;
            foreach (INamedTypeSymbol nested in type.GetTypeMembers())
            {
                if (NonPartialDeclaration(nested, cancellationToken) is null)
                {
                    foreach (INamedTypeSymbol inner in SelfAndPartiallyNested(nested, cancellationToken))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }
}
