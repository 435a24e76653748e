using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AllTx.CodeAnalysis.ValueObjects;
using AllTx.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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
                    || !PartialDeclarations.ArePartialAllTheWay(type, cancellationToken))
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
                    Namespace: PartialDeclarations.NamespaceOf(type),
                    Declarations: PartialDeclarations.Of(type),
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
        }
    }
}
