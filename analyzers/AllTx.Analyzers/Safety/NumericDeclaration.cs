using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// A field, property, parameter or local declared in source with a unitless number type (see
    /// <see cref="SdkSymbols.IsUnitlessNumber"/>), found by <see cref="NumericDeclarationWalk"/> and handed to the
    /// ATX1001 / ATX1002 / ATX2001 rules with the type syntax to report on (and that their code fix replaces).
    /// </summary>
    internal sealed class NumericDeclaration
    {
        internal NumericDeclaration(ISymbol symbol, TypeSyntax typeSyntax, bool hasInitializer)
        {
            Symbol = symbol;
            TypeSyntax = typeSyntax;
            HasInitializer = hasInitializer;
        }

        /// <summary>The field, property, parameter or local.</summary>
        internal ISymbol Symbol { get; }

        internal string Name => Symbol.Name;

        /// <summary>The declared type, e.g. <c>decimal</c> in <c>decimal Dose { get; }</c>.</summary>
        internal TypeSyntax TypeSyntax { get; }

        /// <summary>True when the declaration has an initialiser or a default value (a type change alone would not compile).</summary>
        internal bool HasInitializer { get; }

        /// <summary>
        /// The diagnostic "'{name}' … unitless {type} …" of a number named as what <paramref name="replacement"/> holds
        /// (ATX1002, ATX1005), on the declared type, whose fix puts that type in place where a type change alone compiles.
        /// </summary>
        internal Diagnostic NamedAs(DiagnosticDescriptor descriptor, ImmutableDictionary<string, string?> replacement) => Diagnostic.Create(
            descriptor,
            TypeSyntax.GetLocation(),
            HasInitializer || TypeSyntax.IsVar ? null : replacement,
            Name,
            Symbol is ILocalSymbol local ? local.Type.ToDisplayString() : TypeSyntax.ToString());
    }
}
