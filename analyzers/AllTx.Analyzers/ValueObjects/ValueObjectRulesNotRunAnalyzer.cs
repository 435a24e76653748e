using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AllTx.CodeAnalysis.ValueObjects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.ValueObjects
{
    /// <summary>
    /// ATX3006: a Vogen value object with declarative rules whose rules Vogen would never run: it declares no
    /// <c>Validate</c> (the AllTx generator writes the body of a declared partial one; a <c>Validate</c> only a generator
    /// writes is invisible to Vogen), or its hand-written <c>Validate</c> never calls <c>CheckDeclaredRules</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ValueObjectRulesNotRunAnalyzer : DiagnosticAnalyzer
    {
        private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.ValueObjectRulesNotRun);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
        }

        private static void Analyze(SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!ValueObjectShape.IsVogenValueObject(type)
                || ValueObjectShape.UnderlyingType(type) is not { } underlying
                || type.Locations.FirstOrDefault(l => l.IsInSource) is not { } location)
            {
                return;
            }

            var rules = new List<DeclaredRule>();
            DeclaredRuleReader.Read(type, underlying, rules, misfits: null);
            if (rules.Count == 0)
            {
                return;
            }

            IMethodSymbol? validate = type.GetMembers(ValueObjectShape.ValidateMethodName).OfType<IMethodSymbol>()
                .FirstOrDefault(method => ValueObjectShape.IsValidateHook(method, underlying));
            string attributes = string.Join(", ", rules.Select(rule => "[" + AttributeName(rule.Kind) + "]").Distinct());
            if (validate is null)
            {
                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                    .Add(RuleIdentifiers.UnderlyingTypeProperty, underlying.ToDisplayString(TypeFormat));
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ValueObjectRulesNotRun,
                    location,
                    properties,
                    type.Name,
                    attributes,
                    "declares no Validate (declare 'private static partial Validation Validate(" + underlying.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + " value);' and the AllTx generator supplies its body)"));
            }
            else if (!CallsRuleCheck(validate, context.CancellationToken))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ValueObjectRulesNotRun,
                    validate.Locations.FirstOrDefault(l => l.IsInSource) ?? location,
                    type.Name,
                    attributes,
                    "its Validate never calls " + ValueObjectShape.RuleCheckMethodName + "(value)"));
            }
        }

        /// <summary>
        /// Whether <c>Validate</c> calls the rule check: a hand-written one, or the implementation part of a partial one
        /// (the AllTx generator's calls it). A partial declaration still without a body is fine: the generator supplies it.
        /// </summary>
        private static bool CallsRuleCheck(IMethodSymbol validate, CancellationToken cancellationToken)
        {
            if (validate.IsPartialDefinition && validate.PartialImplementationPart is null)
            {
                return true;
            }

            IMethodSymbol body = validate.PartialImplementationPart ?? validate;
            foreach (SyntaxReference reference in body.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>().Any(IsRuleCheckCall))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsRuleCheckCall(InvocationExpressionSyntax invocation) =>
            invocation.Expression switch
            {
                IdentifierNameSyntax name => name.Identifier.ValueText == ValueObjectShape.RuleCheckMethodName,
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == ValueObjectShape.RuleCheckMethodName,
                _ => false,
            };

        private static string AttributeName(DeclaredRuleKind kind) =>
            kind switch
            {
                DeclaredRuleKind.Range => "ValueRange",
                DeclaredRuleKind.Pattern => "ValuePattern",
                DeclaredRuleKind.Length => "ValueLength",
                _ => "NotEmpty",
            };
    }
}
