using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AllTx.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AllTx.Generators.Unions
{
    /// <summary>
    /// Turns a <c>[Union] partial class X : OneOf.OneOfBase&lt;T0, …&gt;</c> into a <see cref="UnionModel"/>: its cases are
    /// the type arguments, named by the attribute's case names or, without them, after their types in camel case. Returns
    /// null when it cannot be completed (not partial, generic, abstract or static, another base type, case names that do
    /// not match the type arguments one to one); the analyzers report those.
    /// </summary>
    internal static class OneOfBaseUnionParser
    {
        internal const string OneOfNamespace = "OneOf";
        internal const string OneOfBaseName = "OneOfBase";
        internal const int MaxArity = 9;

        private static readonly SymbolDisplayFormat CaseTypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        public static UnionModel? Parse(INamedTypeSymbol union, ImmutableArray<AttributeData> attributes, CancellationToken cancellationToken)
        {
            if (union.TypeKind != TypeKind.Class
                || union.IsAbstract
                || union.IsStatic
                || union.IsGenericType
                || !UnionGenerator.Parser.IsPartial(union)
                || OneOfBaseArgumentsOf(union) is not { } caseTypes)
            {
                return null;
            }

            string[]? names = CaseNamesOf(attributes, caseTypes);
            if (names is null)
            {
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var cases = new List<UnionCase>(caseTypes.Length);
            for (int i = 0; i < caseTypes.Length; i++)
            {
                ITypeSymbol caseType = caseTypes[i];
                cases.Add(new UnionCase(
                    caseType.ToDisplayString(CaseTypeFormat),
                    names[i],
                    CaseNaming.ToIdentifier(names[i]),
                    char.ToUpperInvariant(names[i][0]) + names[i].Substring(1),
                    caseType.IsReferenceType || caseType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T,
                    caseType.TypeKind != TypeKind.Interface
                        && caseType.SpecialType != SpecialType.System_Object
                        && caseTypes.Count(other => SymbolEqualityComparer.Default.Equals(other, caseType)) == 1));
            }

            return new UnionModel(
                UnionGenerator.Parser.HintNameOf(union, "OneOfBase"),
                union.ContainingNamespace.IsGlobalNamespace ? null : union.ContainingNamespace.ToDisplayString(),
                UnionGenerator.Parser.ContainingTypesOf(union),
                union.Name,
                EmitPrivateConstructor: false,
                EmitPrintMembers: false,
                cases.ToEquatableArray(),
                DerivesFromOneOfBase: true,
                DeclaresConverter: union.GetAttributes().Any(attribute =>
                    attribute.AttributeClass?.ToDisplayString() == "System.Text.Json.Serialization.JsonConverterAttribute"));
        }

        /// <summary>The type arguments of the union's direct base type when that is <c>OneOf.OneOfBase&lt;…&gt;</c>.</summary>
        internal static ImmutableArray<ITypeSymbol>? OneOfBaseArgumentsOf(INamedTypeSymbol union) =>
            IsOneOfBase(union.BaseType) ? union.BaseType!.TypeArguments : null;

        /// <summary>True for a constructed <c>OneOf.OneOfBase&lt;T0, …, T8&gt;</c> of the OneOf package.</summary>
        internal static bool IsOneOfBase(INamedTypeSymbol? type) =>
            type is { Name: OneOfBaseName, Arity: > 0 and <= MaxArity, ContainingNamespace: { Name: OneOfNamespace, ContainingNamespace.IsGlobalNamespace: true } };

        /// <summary>
        /// The attribute's case names, or the camel-case case type names when it names none; null when they are not one
        /// valid, distinct identifier per case.
        /// </summary>
        internal static string[]? CaseNamesOf(ImmutableArray<AttributeData> attributes, ImmutableArray<ITypeSymbol> caseTypes)
        {
            string?[] names = attributes
                .SelectMany(attribute => attribute.ConstructorArguments)
                .Where(argument => argument.Kind == TypedConstantKind.Array)
                .SelectMany(argument => argument.Values)
                .Select(value => value.Value as string)
                .ToArray();
            if (names.Length == 0)
            {
                names = caseTypes.Select(caseType => CaseNaming.ToCamelCase(caseType.Name)).ToArray();
            }

            bool valid = names.Length == caseTypes.Length
                && names.All(name => name is { Length: > 0 } && SyntaxFacts.IsValidIdentifier(name))
                && names.Distinct(System.StringComparer.OrdinalIgnoreCase).Count() == names.Length;
            return valid ? names.Select(name => name!).ToArray() : null;
        }
    }
}
