using System.Collections.Immutable;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.ValueObjects
{
    /// <summary>
    /// ATX3004: a value object created by <c>RuntimeHelpers.GetUninitializedObject</c>, which skips validation. Vogen 8.0.7
    /// reports <c>default</c> (VOG009), <c>new()</c> (VOG010) and <c>Activator.CreateInstance</c> (VOG025) itself, but not
    /// this call (tried); the AllTx rules that duplicated VOG009 and VOG010 (ATX3001, ATX3002) were removed.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ValueObjectUninitializedObjectAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.ValueObjectCreatedWithoutValidation);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                ValueObjectTypes? types = ValueObjectTypes.Create(start.Compilation);
                if (types is not null)
                {
                    start.RegisterOperationAction(c => Analyze(c, types), OperationKind.Invocation);
                }
            });
        }

        // The framework type is recognised by name (method name first: most invocations fail it) rather than looked up
        // with Compilation.GetTypeByMetadataName, which searches every reference.
        private static void Analyze(OperationAnalysisContext context, ValueObjectTypes types)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (method.Name == "GetUninitializedObject"
                && SdkSymbols.IsNamed(method.ContainingType, "System.Runtime.CompilerServices", "RuntimeHelpers")
                && invocation.Arguments.Length >= 1
                && invocation.Arguments[0].Value is ITypeOfOperation typeOf
                && types.UnderlyingOf(typeOf.TypeOperand) is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ValueObjectCreatedWithoutValidation,
                    invocation.Syntax.GetLocation(),
                    typeOf.TypeOperand.Name,
                    method.ContainingType.Name + "." + method.Name));
            }
        }
    }
}
