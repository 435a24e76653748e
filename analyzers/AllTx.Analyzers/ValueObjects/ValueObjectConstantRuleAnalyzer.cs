using System.Collections.Concurrent;
using System.Collections.Immutable;
using AllTx.CodeAnalysis.ValueObjects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.ValueObjects
{
    /// <summary>
    /// ATX3003: a compile-time constant given to <c>V.From(…)</c>, a cast to <c>V</c>, or <c>[Instance]</c> that breaks
    /// V's declarative rules (<c>BlastPercentage.From(150)</c>, <c>NctId.From("NCT123")</c>), evaluated with the same rule
    /// model as the generated code.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ValueObjectConstantRuleAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.ValueObjectConstantBreaksRule);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                ValueObjectTypes? types = ValueObjectTypes.Create(start.Compilation);
                if (types is null)
                {
                    return;
                }

                var ruleSets = new ConcurrentDictionary<INamedTypeSymbol, ValueObjectRuleSet>(SymbolEqualityComparer.Default);
                start.RegisterOperationAction(c => AnalyzeFrom(c, types, ruleSets), OperationKind.Invocation);
                start.RegisterOperationAction(c => AnalyzeCast(c, types, ruleSets), OperationKind.Conversion);
                start.RegisterSymbolAction(c => AnalyzeInstances(c, types, ruleSets), SymbolKind.NamedType);
            });
        }

        private static void AnalyzeFrom(
            OperationAnalysisContext context,
            ValueObjectTypes types,
            ConcurrentDictionary<INamedTypeSymbol, ValueObjectRuleSet> ruleSets)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (method is { Name: "From", IsStatic: true } && invocation.Arguments.Length == 1)
            {
                Check(context, types, ruleSets, method.ContainingType, invocation.Arguments[0].Value, invocation.Arguments[0].Syntax);
            }
        }

        private static void AnalyzeCast(
            OperationAnalysisContext context,
            ValueObjectTypes types,
            ConcurrentDictionary<INamedTypeSymbol, ValueObjectRuleSet> ruleSets)
        {
            var conversion = (IConversionOperation)context.Operation;
            if (conversion.OperatorMethod is { } method
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, conversion.Type)
                && conversion.Type is INamedTypeSymbol target)
            {
                Check(context, types, ruleSets, target, conversion.Operand, conversion.Syntax);
            }
        }

        private static void Check(
            OperationAnalysisContext context,
            ValueObjectTypes types,
            ConcurrentDictionary<INamedTypeSymbol, ValueObjectRuleSet> ruleSets,
            INamedTypeSymbol valueObject,
            IOperation argument,
            SyntaxNode location)
        {
            ITypeSymbol? underlying = types.UnderlyingOf(valueObject);
            if (underlying is null || !argument.ConstantValue.HasValue)
            {
                return;
            }

            object? constant = argument.ConstantValue.Value;
            ValueObjectRuleSet rules = ruleSets.GetOrAdd(valueObject, v => ValueObjectRuleSet.For(v, underlying));
            string? broken = rules.BrokenRule(constant, !underlying.IsValueType);
            if (broken is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ValueObjectConstantBreaksRule,
                    location.GetLocation(),
                    ValueObjectRuleSet.Describe(constant),
                    valueObject.Name,
                    broken));
            }
        }

        private static void AnalyzeInstances(
            SymbolAnalysisContext context,
            ValueObjectTypes types,
            ConcurrentDictionary<INamedTypeSymbol, ValueObjectRuleSet> ruleSets)
        {
            var valueObject = (INamedTypeSymbol)context.Symbol;
            ITypeSymbol? underlying = types.UnderlyingOf(valueObject);
            if (underlying is null)
            {
                return;
            }

            foreach (AttributeData attribute in valueObject.GetAttributes())
            {
                if (attribute.AttributeClass is not { Name: "InstanceAttribute" } attributeClass
                    || !ValueObjectShape.IsInVogenNamespace(attributeClass)
                    || attribute.ConstructorArguments.Length < 2
                    || attribute.ApplicationSyntaxReference is not { } reference)
                {
                    continue;
                }

                object? constant = attribute.ConstructorArguments[1].Value;
                UnderlyingKind kind = UnderlyingKinds.Of(underlying);
                string? broken = kind != UnderlyingKind.Other && !ConstantConversion.TryConvert(kind, constant, out _)
                    ? "it is not a " + underlying.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + " value"
                    : ruleSets.GetOrAdd(valueObject, v => ValueObjectRuleSet.For(v, underlying)).BrokenRule(constant, !underlying.IsValueType);
                if (broken is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.ValueObjectConstantBreaksRule,
                        reference.GetSyntax(context.CancellationToken).GetLocation(),
                        ValueObjectRuleSet.Describe(constant),
                        valueObject.Name,
                        broken));
                }
            }
        }
    }
}
