using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AllTx.CodeAnalysis.ValueObjects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Analyzers.ValueObjects
{
    /// <summary>
    /// Reports Vogen value-object declarations that would not work as written: generic or nested in a generic type
    /// (ATX9002), a <c>Validate</c> / <c>NormalizeInput</c> with the wrong signature (ATX9004; Vogen 8.0.7 silently never
    /// calls a <c>Validate(long)</c> on an int value object, tried), a rule attribute that does not fit the underlying type
    /// (ATX9006). Not partial and user constructors are Vogen's VOG021 and VOG008; a type that wraps itself makes Vogen's
    /// output fail to compile (CS0555 "cannot convert a type to itself"); the former ATX9001, ATX9003 and ATX9005 were removed.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ValueObjectDeclarationAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the fully qualified return type a hook must have (for the code fix).</summary>
        public const string ReturnTypeProperty = "ReturnType";

        /// <summary>Diagnostic property: the fully qualified parameter type a hook must have (for the code fix).</summary>
        public const string ParameterTypeProperty = "ParameterType";

        private static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat;

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.ValueObjectInGenericType,
            DiagnosticDescriptors.ValueObjectHookSignature,
            DiagnosticDescriptors.ValueObjectRuleMisfit);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (ValueObjectTypes.Create(start.Compilation) is not null)
                {
                    start.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
                }
            });
        }

        private static void Analyze(SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (ValueObjectShape.ValueObjectAttribute(type) is not { } attribute)
            {
                return;
            }

            ITypeSymbol underlying = attribute.AttributeClass!.TypeArguments[0];
            if (type.IsGenericType || Containers(type).Any(c => c.IsGenericType))
            {
                Report(context, DiagnosticDescriptors.ValueObjectInGenericType, type.Locations.FirstOrDefault(), type.Name);
            }

            if (SymbolEqualityComparer.Default.Equals(underlying, type))
            {
                return;
            }

            ReportHook(context, type, underlying, ValueObjectShape.ValidateMethodName, validate: true);
            ReportHook(context, type, underlying, ValueObjectShape.NormalizeInputMethodName, validate: false);

            var misfits = new List<RuleMisfit>();
            DeclaredRuleReader.Read(type, underlying, new List<DeclaredRule>(), misfits);
            foreach (RuleMisfit misfit in misfits)
            {
                Report(context, DiagnosticDescriptors.ValueObjectRuleMisfit, AttributeLocation(misfit.Attribute, context), misfit.Reason, type.Name);
            }
        }

        private static void ReportHook(SymbolAnalysisContext context, INamedTypeSymbol type, ITypeSymbol underlying, string name, bool validate)
        {
            IMethodSymbol[] methods = type.GetMembers(name).OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary).ToArray();
            bool anyValid = methods.Any(m => validate ? ValueObjectShape.IsValidateHook(m, underlying) : ValueObjectShape.IsNormalizeInputHook(m, underlying));
            if (anyValid)
            {
                return;
            }

            string underlyingText = underlying.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            string expected = validate
                ? $"private static Validation Validate({underlyingText} value)"
                : $"private static {underlyingText} NormalizeInput({underlyingText} input)";
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                .Add(ReturnTypeProperty, validate ? "global::Vogen.Validation" : underlying.ToDisplayString(FullyQualified))
                .Add(ParameterTypeProperty, underlying.ToDisplayString(FullyQualified));
            foreach (IMethodSymbol method in methods)
            {
                if (method.Locations.FirstOrDefault() is { IsInSource: true } location)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.ValueObjectHookSignature,
                        location,
                        properties,
                        method.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                        expected));
                }
            }
        }

        private static IEnumerable<INamedTypeSymbol> Containers(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type.ContainingType; current is not null; current = current.ContainingType)
            {
                yield return current;
            }
        }

        private static Location? AttributeLocation(AttributeData attribute, SymbolAnalysisContext context) =>
            attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation();

        private static void Report(SymbolAnalysisContext context, DiagnosticDescriptor descriptor, Location? location, params object[] arguments)
        {
            if (location is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(descriptor, location, arguments));
            }
        }
    }
}
