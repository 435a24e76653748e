using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AllTx.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.Generators.Unions
{
    public sealed partial class UnionGenerator
    {
        /// <summary>Turns a <c>[Union]</c> declaration into a <see cref="UnionModel"/>, or null when it cannot be completed.</summary>
        internal static class Parser
        {
            public static UnionModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
            {
                if (context.TargetSymbol is INamedTypeSymbol { IsRecord: false } oneOfBaseUnion)
                {
                    return OneOfBaseUnionParser.Parse(oneOfBaseUnion, context.Attributes, cancellationToken);
                }

                if (context.TargetSymbol is not INamedTypeSymbol union
                    || union.TypeKind != TypeKind.Class
                    || !union.IsAbstract
                    || union.IsGenericType
                    || !IsPartial(union))
                {
                    return null;
                }

                List<INamedTypeSymbol> caseTypes = union.GetTypeMembers()
                    .Where(member => SymbolEqualityComparer.Default.Equals(member.BaseType, union))
                    .ToList();
                if (caseTypes.Count == 0 || caseTypes.Any(caseType => !IsPartial(caseType)))
                {
                    return null;
                }

                cancellationToken.ThrowIfCancellationRequested();
                return new UnionModel(
                    HintNameOf(union, "Union"),
                    union.ContainingNamespace.IsGlobalNamespace ? null : union.ContainingNamespace.ToDisplayString(),
                    ContainingTypesOf(union),
                    union.Name,
                    EmitPrivateConstructor(union),
                    EmitPrintMembers(union),
                    caseTypes.Select(CaseOf).ToEquatableArray());
            }

            private static UnionCase CaseOf(INamedTypeSymbol caseType)
            {
                string kind = CaseNaming.ToCamelCase(caseType.Name);
                return new UnionCase(caseType.Name, kind, CaseNaming.ToIdentifier(kind), caseType.Name);
            }

            internal static bool IsPartial(INamedTypeSymbol type) =>
                type.DeclaringSyntaxReferences.Any(reference =>
                    reference.GetSyntax() is TypeDeclarationSyntax declaration
                    && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

            // A primary constructor forbids other constructors that do not chain to it; a declared parameterless one is
            // the team's own choice.
            private static bool EmitPrivateConstructor(INamedTypeSymbol union) =>
                !union.DeclaringSyntaxReferences.Any(reference =>
                    reference.GetSyntax() is RecordDeclarationSyntax { ParameterList: not null })
                && !union.InstanceConstructors.Any(constructor =>
                    !constructor.IsImplicitlyDeclared && constructor.Parameters.Length == 0);

            private static bool EmitPrintMembers(INamedTypeSymbol union) =>
                !union.GetMembers().Any(member =>
                    !member.IsImplicitlyDeclared
                    && (member.Name == "PrintMembers"
                        || (!member.IsStatic
                            && member.DeclaredAccessibility == Accessibility.Public
                            && member.Kind is SymbolKind.Property or SymbolKind.Field)));

            internal static EquatableArray<ContainingType> ContainingTypesOf(INamedTypeSymbol union)
            {
                var containers = new List<ContainingType>();
                for (INamedTypeSymbol? outer = union.ContainingType; outer is not null; outer = outer.ContainingType)
                {
                    string name = outer.TypeParameters.Length == 0
                        ? outer.Name
                        : outer.Name + "<" + string.Join(", ", outer.TypeParameters.Select(parameter => parameter.Name)) + ">";
                    containers.Insert(0, new ContainingType(KeywordOf(outer), name));
                }

                return containers.ToEquatableArray();
            }

            private static string KeywordOf(INamedTypeSymbol type) => type switch
            {
                { IsRecord: true, IsValueType: true } => "record struct",
                { IsRecord: true } => "record",
                { TypeKind: TypeKind.Struct } => "struct",
                { TypeKind: TypeKind.Interface } => "interface",
                _ => "class",
            };

            internal static string HintNameOf(INamedTypeSymbol union, string suffix)
            {
                string fullName = union.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty);
                return fullName.Replace('<', '[').Replace('>', ']') + "." + suffix + ".g.cs";
            }
        }
    }
}
