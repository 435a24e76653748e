using Microsoft.CodeAnalysis;

namespace AllTx.CodeAnalysis.ValueObjects
{
    /// <summary>
    /// What makes a type a value object and which of its hooks (<c>Validate</c>, <c>NormalizeInput</c>) the generated code
    /// calls. Shared source: the generator uses it to decide what to emit, the analyzers to report bad declarations.
    /// </summary>
    internal static class ValueObjectShape
    {
        internal const string VogenAttributeMetadataName = "Vogen.ValueObjectAttribute`1";
        internal const string RuleCheckMethodName = "CheckDeclaredRules";
        internal const string ValidateMethodName = "Validate";
        internal const string NormalizeInputMethodName = "NormalizeInput";

        /// <summary>The <c>T</c> of the type's <c>[ValueObject&lt;T&gt;]</c>, or null when it has none.</summary>
        internal static ITypeSymbol? UnderlyingType(INamedTypeSymbol type)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (IsValueObjectAttribute(attribute.AttributeClass))
                {
                    return attribute.AttributeClass!.TypeArguments[0];
                }
            }

            return null;
        }

        internal static AttributeData? ValueObjectAttribute(INamedTypeSymbol type)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (IsValueObjectAttribute(attribute.AttributeClass))
                {
                    return attribute;
                }
            }

            return null;
        }

        internal static bool IsValueObjectAttribute(INamedTypeSymbol? attributeClass) =>
            attributeClass is { Name: "ValueObjectAttribute", Arity: 1 } && IsInVogenNamespace(attributeClass);

        /// <summary>Whether <paramref name="type"/> carries Vogen's <c>[ValueObject&lt;T&gt;]</c> (Vogen generates it).</summary>
        internal static bool IsVogenValueObject(INamedTypeSymbol type)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "ValueObjectAttribute", Arity: 1 } attributeClass && IsInVogenNamespace(attributeClass))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A top-level type of the <c>Vogen</c> namespace (its attributes and <c>Validation</c>).</summary>
        internal static bool IsInVogenNamespace(INamedTypeSymbol type) =>
            type.ContainingType is null
            && type.ContainingNamespace is { Name: "Vogen", ContainingNamespace.IsGlobalNamespace: true };

        /// <summary>A <c>static Validation Validate(T value)</c>.</summary>
        internal static bool IsValidateHook(IMethodSymbol method, ITypeSymbol underlying) =>
            IsStaticUnaryOn(method, underlying)
            && method.ReturnType is INamedTypeSymbol { Name: "Validation" } returnType
            && IsInVogenNamespace(returnType);

        /// <summary>A <c>static T NormalizeInput(T input)</c>.</summary>
        internal static bool IsNormalizeInputHook(IMethodSymbol method, ITypeSymbol underlying) =>
            IsStaticUnaryOn(method, underlying) && SymbolEqualityComparer.Default.Equals(method.ReturnType, underlying);

        private static bool IsStaticUnaryOn(IMethodSymbol method, ITypeSymbol underlying) =>
            method.IsStatic
            && !method.IsGenericMethod
            && method.MethodKind == MethodKind.Ordinary
            && method.Parameters.Length == 1
            && method.Parameters[0].RefKind == RefKind.None
            && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, underlying);
    }
}
