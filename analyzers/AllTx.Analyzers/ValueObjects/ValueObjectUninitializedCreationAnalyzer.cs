using System.Collections.Immutable;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.ValueObjects
{
    /// <summary>
    /// Reports value objects created without validation: <c>default</c> / <c>default(V)</c> of a struct value object
    /// (ATX3001), <c>new V()</c> / target-typed <c>new()</c> (ATX3002), and <c>Activator.CreateInstance</c> /
    /// <c>RuntimeHelpers.GetUninitializedObject</c> (ATX3004). <c>V?</c>, generic <c>default(T)</c> and other types are fine.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ValueObjectUninitializedCreationAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.ValueObjectDefault,
            DiagnosticDescriptors.ValueObjectNew,
            DiagnosticDescriptors.ValueObjectCreatedWithoutValidation);

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

                start.RegisterOperationAction(c => AnalyzeDefault(c, types), OperationKind.DefaultValue);
                start.RegisterOperationAction(c => AnalyzeNew(c, types), OperationKind.ObjectCreation);
                start.RegisterOperationAction(c => AnalyzeReflection(c, types), OperationKind.Invocation);
            });
        }

        private static void AnalyzeDefault(OperationAnalysisContext context, ValueObjectTypes types)
        {
            IOperation operation = context.Operation;
            if (!types.IsStructValueObject(operation.Type))
            {
                return;
            }

            // `new S()` of a struct without constructors binds to a default value.
            bool isNew = operation.Syntax is BaseObjectCreationExpressionSyntax;
            context.ReportDiagnostic(Diagnostic.Create(
                isNew ? DiagnosticDescriptors.ValueObjectNew : DiagnosticDescriptors.ValueObjectDefault,
                operation.Syntax.GetLocation(),
                operation.Type!.Name));
        }

        private static void AnalyzeNew(OperationAnalysisContext context, ValueObjectTypes types)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Arguments.Length == 0 && types.UnderlyingOf(creation.Type) is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ValueObjectNew,
                    creation.Syntax.GetLocation(),
                    creation.Type!.Name));
            }
        }

        // The framework types are recognised by name (method name first: most invocations fail it) rather than looked up
        // with Compilation.GetTypeByMetadataName, which searches every reference.
        private static void AnalyzeReflection(OperationAnalysisContext context, ValueObjectTypes types)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            ITypeSymbol? created = null;
            if (method.Name == "CreateInstance" && SdkSymbols.IsNamed(method.ContainingType, "System", "Activator"))
            {
                created = method.TypeArguments.Length == 1 ? method.TypeArguments[0] : TypeOfArgument(invocation);
            }
            else if (method.Name == "GetUninitializedObject" && SdkSymbols.IsNamed(method.ContainingType, "System.Runtime.CompilerServices", "RuntimeHelpers"))
            {
                created = TypeOfArgument(invocation);
            }

            if (created is not null && types.UnderlyingOf(created) is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ValueObjectCreatedWithoutValidation,
                    invocation.Syntax.GetLocation(),
                    created.Name,
                    method.ContainingType.Name + "." + method.Name));
            }
        }

        private static ITypeSymbol? TypeOfArgument(IInvocationOperation invocation) =>
            invocation.Arguments.Length >= 1 && invocation.Arguments[0].Value is ITypeOfOperation typeOf ? typeOf.TypeOperand : null;
    }
}
