using AllTx.Analyzers.Safety;
using AllTx.CodeAnalysis.ValueObjects;
using Microsoft.CodeAnalysis;

namespace AllTx.Analyzers.ValueObjects
{
    /// <summary>
    /// Recognises value objects in one compilation. Created in a compilation-start action; null when the compilation
    /// does not reference AllTx.Primitives, so that analyzers bail out at once.
    /// </summary>
    internal sealed class ValueObjectTypes
    {
        private ValueObjectTypes()
        {
        }

        // Decided from the reference list (no Compilation.GetTypeByMetadataName, which searches every reference); value
        // objects are then recognised by their attribute's name.
        internal static ValueObjectTypes? Create(Compilation compilation) =>
            SdkReferences.Of(compilation).Primitives ? new ValueObjectTypes() : null;

        /// <summary>The underlying type when <paramref name="type"/> is a value object, else null.</summary>
        internal ITypeSymbol? UnderlyingOf(ITypeSymbol? type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Struct or TypeKind.Class } named && !named.IsGenericType
                ? ValueObjectShape.UnderlyingType(named)
                : null;

        /// <summary>Whether <paramref name="type"/> is a struct value object (not <c>V?</c>, not a class).</summary>
        internal bool IsStructValueObject(ITypeSymbol? type) =>
            type is { IsValueType: true } && UnderlyingOf(type) is not null;
    }
}
