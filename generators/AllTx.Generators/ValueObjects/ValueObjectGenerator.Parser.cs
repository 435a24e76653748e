using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AllTx.CodeAnalysis.ValueObjects;
using AllTx.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.Generators.ValueObjects
{
    public sealed partial class ValueObjectGenerator
    {
        /// <summary>Turns an attributed declaration into a <see cref="ValueObjectModel"/>, or null when nothing can be generated.</summary>
        internal static class Parser
        {
            private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
                .WithMiscellaneousOptions(
                    SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

            internal static ValueObjectModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
            {
                if (context.TargetSymbol is not INamedTypeSymbol type
                    || context.Attributes.Length != 1
                    || context.Attributes[0].AttributeClass is not { TypeArguments.Length: 1 } attributeClass
                    || !IsGeneratable(type, cancellationToken))
                {
                    return null;
                }

                ITypeSymbol underlying = attributeClass.TypeArguments[0];
                if (underlying.TypeKind == TypeKind.Error
                    || underlying is ITypeParameterSymbol
                    || SymbolEqualityComparer.Default.Equals(underlying, type)
                    || underlying.IsRefLikeType)
                {
                    return null;
                }

                cancellationToken.ThrowIfCancellationRequested();
                UnderlyingKind kind = UnderlyingKinds.Of(underlying);
                var rules = new List<DeclaredRule>();
                DeclaredRuleReader.Read(type, underlying, rules, misfits: null);

                UnderlyingFeatures features = FeaturesOf(underlying, type);
                string fullyQualifiedName = type.ToDisplayString(TypeFormat);
                return new ValueObjectModel(
                    Namespace: type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString(),
                    ContainingTypes: ContainingTypes(type),
                    Name: type.Name,
                    FullyQualifiedName: fullyQualifiedName,
                    HintName: fullyQualifiedName.Replace("global::", string.Empty) + ".ValueObject.g.cs",
                    Shape: ShapeOf(type),
                    IsSealed: type.IsSealed,
                    Underlying: underlying.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeFormat),
                    UnderlyingKind: kind,
                    UnderlyingIsReferenceType: !underlying.IsValueType,
                    Features: features,
                    ToPrimitiveCasting: CastSetting(context.Attributes[0], 0, "toPrimitiveCasting"),
                    FromPrimitiveCasting: CastSetting(context.Attributes[0], 1, "fromPrimitiveCasting"),
                    HasValidate: HasHook(type, ValueObjectShape.ValidateMethodName, underlying, validate: true),
                    HasNormalizeInput: HasHook(type, ValueObjectShape.NormalizeInputMethodName, underlying, validate: false),
                    HasUserToString: type.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => m.Parameters.Length == 0 && !m.IsStatic),
                    IsSensitive: type.GetAttributes().Any(a => a.AttributeClass is { Name: "SensitiveAttribute" } sensitive
                        && DeclaredRuleReader.IsInAllTxNamespace(sensitive)),
                    Rules: rules.ToEquatableArray(),
                    Instances: Instances(type, kind, underlying, (features & UnderlyingFeatures.Parsable) != 0));
            }

            /// <summary>Partial all the way out, not generic, not nested in a generic type (the analyzers explain why not).</summary>
            private static bool IsGeneratable(INamedTypeSymbol type, CancellationToken cancellationToken)
            {
                for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
                {
                    if (current.IsGenericType || (current.TypeKind == TypeKind.Interface && !SymbolEqualityComparer.Default.Equals(current, type)))
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

                return type.TypeKind == TypeKind.Struct || type.TypeKind == TypeKind.Class;
            }

            private static TypeShape ShapeOf(INamedTypeSymbol type) =>
                type.IsRecord
                    ? (type.IsValueType ? TypeShape.RecordStruct : TypeShape.RecordClass)
                    : (type.IsValueType ? TypeShape.Struct : TypeShape.Class);

            private static EquatableArray<ContainingTypeModel> ContainingTypes(INamedTypeSymbol type)
            {
                var containing = new List<ContainingTypeModel>();
                for (INamedTypeSymbol? current = type.ContainingType; current is not null; current = current.ContainingType)
                {
                    string keyword = ShapeOf(current) switch
                    {
                        TypeShape.RecordStruct => "record struct",
                        TypeShape.RecordClass => "record",
                        TypeShape.Struct => "struct",
                        _ => "class",
                    };
                    containing.Insert(0, new ContainingTypeModel(keyword, current.Name));
                }

                return containing.ToEquatableArray();
            }

            private static UnderlyingFeatures FeaturesOf(ITypeSymbol underlying, INamedTypeSymbol valueObject)
            {
                UnderlyingFeatures features = UnderlyingFeatures.None;
                foreach (INamedTypeSymbol implemented in underlying.AllInterfaces)
                {
                    features |= FeatureOf(implemented, underlying);
                }

                bool isBaseOfValueObject = false;
                for (INamedTypeSymbol? baseType = valueObject.BaseType; baseType is not null; baseType = baseType.BaseType)
                {
                    isBaseOfValueObject |= SymbolEqualityComparer.Default.Equals(baseType, underlying);
                }

                if (underlying.TypeKind != TypeKind.Interface && !isBaseOfValueObject)
                {
                    features |= UnderlyingFeatures.CastsAllowed;
                }

                return features;
            }

            private static UnderlyingFeatures FeatureOf(INamedTypeSymbol implemented, ITypeSymbol underlying)
            {
                if (implemented.ContainingNamespace is not { Name: "System", ContainingNamespace.IsGlobalNamespace: true })
                {
                    return UnderlyingFeatures.None;
                }

                bool onSelf = implemented.TypeArguments.Length == 1
                    && SymbolEqualityComparer.Default.Equals(implemented.TypeArguments[0], underlying);
                switch (implemented.MetadataName)
                {
                    case "IComparable`1" when onSelf: return UnderlyingFeatures.Comparable;
                    case "IFormattable": return UnderlyingFeatures.Formattable;
                    case "ISpanFormattable": return UnderlyingFeatures.SpanFormattable;
                    case "IParsable`1" when onSelf: return UnderlyingFeatures.Parsable;
                    case "ISpanParsable`1" when onSelf: return UnderlyingFeatures.SpanParsable;
                    default: return UnderlyingFeatures.None;
                }
            }

            private static int CastSetting(AttributeData attribute, int position, string parameterName)
            {
                const int Explicit = 1;
                IMethodSymbol? constructor = attribute.AttributeConstructor;
                if (constructor is null)
                {
                    return Explicit;
                }

                for (int i = 0; i < constructor.Parameters.Length && i < attribute.ConstructorArguments.Length; i++)
                {
                    if (constructor.Parameters[i].Name == parameterName && attribute.ConstructorArguments[i].Value is int setting)
                    {
                        return setting;
                    }
                }

                return position < attribute.ConstructorArguments.Length && attribute.ConstructorArguments[position].Value is int positional
                    ? positional
                    : Explicit;
            }

            private static bool HasHook(INamedTypeSymbol type, string name, ITypeSymbol underlying, bool validate) =>
                type.GetMembers(name).OfType<IMethodSymbol>().Any(method => validate
                    ? ValueObjectShape.IsValidateHook(method, underlying)
                    : ValueObjectShape.IsNormalizeInputHook(method, underlying));

            private static EquatableArray<InstanceModel> Instances(INamedTypeSymbol type, UnderlyingKind kind, ITypeSymbol underlying, bool parsable)
            {
                var instances = new List<InstanceModel>();
                foreach (AttributeData attribute in type.GetAttributes())
                {
                    if (attribute.AttributeClass is not { Name: "InstanceAttribute" } attributeClass
                        || !DeclaredRuleReader.IsInAllTxNamespace(attributeClass)
                        || attribute.ConstructorArguments.Length != 3
                        || attribute.ConstructorArguments[0].Value is not string name
                        || !SyntaxFacts.IsValidIdentifier(name))
                    {
                        continue;
                    }

                    string? expression = InstanceLiterals.Expression(
                        kind,
                        underlying.ToDisplayString(TypeFormat),
                        attribute.ConstructorArguments[1].Value,
                        parsable);
                    if (expression is not null)
                    {
                        instances.Add(new InstanceModel(name, expression, attribute.ConstructorArguments[2].Value as string));
                    }
                }

                return instances.ToEquatableArray();
            }
        }
    }
}
