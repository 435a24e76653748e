using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AllTx.CodeAnalysis.ValueObjects;
using AllTx.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.Generators.ValueObjects.Rules
{
    public sealed partial class RuleCheckGenerator
    {
        /// <summary>Turns a Vogen value-object declaration into a <see cref="RuleCheckModel"/>, or null when there is nothing to generate.</summary>
        internal static class Parser
        {
            private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
                .WithMiscellaneousOptions(
                    SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

            internal static RuleCheckModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
            {
                if (context.TargetSymbol is not INamedTypeSymbol type
                    || context.Attributes.Length != 1
                    || context.Attributes[0].AttributeClass is not { TypeArguments.Length: 1 } attributeClass
                    || attributeClass.TypeArguments[0] is not { TypeKind: not TypeKind.Error and not TypeKind.TypeParameter } underlying
                    || !IsPartialAllTheWay(type, cancellationToken))
                {
                    return null;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var rules = new List<DeclaredRule>();
                DeclaredRuleReader.Read(type, underlying, rules, misfits: null);
                PartialValidateModel? partialValidate = BodilessValidate(type, underlying);
                bool normalizes = type.GetMembers(ValueObjectShape.NormalizeInputMethodName).OfType<IMethodSymbol>()
                    .Any(method => ValueObjectShape.IsNormalizeInputHook(method, underlying));
                if (rules.Count == 0 && partialValidate is null && !normalizes)
                {
                    return null;
                }

                string fullyQualifiedName = type.ToDisplayString(TypeFormat);
                return new RuleCheckModel(
                    Namespace: type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString(),
                    Declarations: Declarations(type),
                    Name: type.Name,
                    HintName: fullyQualifiedName.Replace("global::", string.Empty) + ".Rules.g.cs",
                    Underlying: underlying.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeFormat),
                    UnderlyingKind: UnderlyingKinds.Of(underlying),
                    IsSensitive: type.GetAttributes().Any(a => a.AttributeClass is { Name: "SensitiveAttribute" } sensitive
                        && DeclaredRuleReader.IsInAllTxNamespace(sensitive)),
                    NormalizesInput: normalizes,
                    PartialValidate: partialValidate,
                    Rules: rules.ToEquatableArray());
            }

            /// <summary>The declared <c>static partial Validation Validate(T)</c> that has no body yet, or null.</summary>
            private static PartialValidateModel? BodilessValidate(INamedTypeSymbol type, ITypeSymbol underlying)
            {
                foreach (IMethodSymbol method in type.GetMembers(ValueObjectShape.ValidateMethodName).OfType<IMethodSymbol>())
                {
                    if (method.IsPartialDefinition
                        && method.PartialImplementationPart is null
                        && ValueObjectShape.IsValidateHook(method, underlying)
                        && method.ReturnType is INamedTypeSymbol returnType
                        && ValueObjectShape.IsInVogenNamespace(returnType))
                    {
                        return new PartialValidateModel(SyntaxFacts.GetText(method.DeclaredAccessibility), method.Parameters[0].Name);
                    }
                }

                return null;
            }

            private static bool IsPartialAllTheWay(INamedTypeSymbol type, CancellationToken cancellationToken)
            {
                for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
                {
                    if (current.IsGenericType)
                    {
                        return false;
                    }

                    foreach (SyntaxReference reference in current.DeclaringSyntaxReferences)
                    {
                        if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration
                            || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                        {
                            return false;
                        }
                    }
                }

                return true;
            }

            private static EquatableArray<string> Declarations(INamedTypeSymbol type)
            {
                var declarations = new List<string>();
                for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
                {
                    string keyword = current.IsRecord
                        ? (current.IsValueType ? "record struct" : "record")
                        : (current.TypeKind == TypeKind.Interface ? "interface" : current.IsValueType ? "struct" : "class");
                    declarations.Insert(0, "partial " + keyword + " " + current.Name);
                }

                return declarations.ToEquatableArray();
            }
        }
    }
}
