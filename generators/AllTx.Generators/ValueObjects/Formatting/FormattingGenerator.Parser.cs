using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AllTx.CodeAnalysis.ValueObjects;
using AllTx.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AllTx.Generators.ValueObjects.Formatting
{
    public sealed partial class FormattingGenerator
    {
        /// <summary>Turns a Vogen value-object declaration into a <see cref="FormattingModel"/>, or null when there is nothing to generate.</summary>
        internal static class Parser
        {
            private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
                .WithMiscellaneousOptions(
                    SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers
                    | SymbolDisplayMiscellaneousOptions.UseSpecialTypes
                    | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

            internal static FormattingModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
            {
                if (context.TargetSymbol is not INamedTypeSymbol type || !PartialDeclarations.ArePartialAllTheWay(type, cancellationToken))
                {
                    return null;
                }

                bool sensitive = type.GetAttributes().Any(a => a.AttributeClass is { Name: "SensitiveAttribute" } attribute
                    && DeclaredRuleReader.IsInAllTxNamespace(attribute));
                var members = new List<FormattingMemberModel>();
                foreach (IMethodSymbol method in type.GetMembers().OfType<IMethodSymbol>())
                {
                    FormattingMember member = FormattingMembers.Of(method);
                    if (member != FormattingMember.None && method.IsPartialDefinition && method.PartialImplementationPart is null)
                    {
                        members.Add(new FormattingMemberModel(
                            member,
                            SyntaxFacts.GetText(method.DeclaredAccessibility) + (method.IsOverride ? " override" : string.Empty) + " partial",
                            method.Parameters.Select(p => (p.RefKind == RefKind.Out ? "out " : string.Empty) + p.Type.ToDisplayString(NullableAware(p.NullableAnnotation))).ToEquatableArray(),
                            method.Parameters.Select(p => SyntaxFacts.GetKeywordKind(p.Name) != SyntaxKind.None ? "@" + p.Name : p.Name).ToEquatableArray()));
                    }
                }

                if (members.Count == 0 && !sensitive)
                {
                    return null;
                }

                return new FormattingModel(
                    Namespace: PartialDeclarations.NamespaceOf(type),
                    Declarations: PartialDeclarations.Of(type),
                    Name: type.Name,
                    HintName: type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty) + ".Formatting.g.cs",
                    IsSensitive: sensitive,
                    Members: members.OrderBy(m => m.Member).ToEquatableArray());
            }

            // A nullable parameter keeps its '?' so that the implementation's signature matches the declaration's.
            private static SymbolDisplayFormat NullableAware(NullableAnnotation annotation) =>
                annotation == NullableAnnotation.Annotated ? TypeFormat : TypeFormat.RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);
        }
    }
}
