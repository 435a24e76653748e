using System.Collections.Immutable;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Privacy
{
    /// <summary>
    /// ATX6001: a value of a type marked <c>[Sensitive]</c> (the SDK's <c>PatientId</c>, or a team's own value objects), or
    /// its raw <c>.Value</c>, passed to a logger (<c>ILogger</c> and its <c>Log…</c> extensions), <c>Console</c>,
    /// <c>Debug</c> / <c>Trace</c>, a string interpolation or concatenation, or an exception's constructor. A
    /// <c>[Sensitive]</c> value object itself is fine where only its text is used (interpolation, concatenation, Console,
    /// Debug, Trace, exception arguments), because its generated <c>ToString()</c> redacts; a logger may serialise it
    /// (structured logging) and is reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SensitiveValueLeakAnalyzer : SdkSafetyAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.SensitiveValueLeaked);

        /// <inheritdoc />
        private protected override bool NeedsDomain => false;

        /// <inheritdoc />
        private protected override void Register(CompilationStartAnalysisContext start, SdkSymbols symbols)
        {
            start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeCreation(c, symbols), OperationKind.ObjectCreation);
            start.RegisterOperationAction(
                c =>
                {
                    foreach (IInterpolatedStringContentOperation part in ((IInterpolatedStringOperation)c.Operation).Parts)
                    {
                        if (part is IInterpolationOperation hole)
                        {
                            Report(c, symbols, hole.Expression, "a string interpolation", textOnly: true);
                        }
                    }
                },
                OperationKind.InterpolatedString);
            start.RegisterOperationAction(
                c =>
                {
                    var binary = (IBinaryOperation)c.Operation;
                    if (binary.OperatorKind == BinaryOperatorKind.Add && binary.Type?.SpecialType == SpecialType.System_String)
                    {
                        Report(c, symbols, binary.LeftOperand, "a string concatenation", textOnly: true);
                        Report(c, symbols, binary.RightOperand, "a string concatenation", textOnly: true);
                    }
                },
                OperationKind.Binary);
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, SdkSymbols symbols)
        {
            var invocation = (IInvocationOperation)context.Operation;
            string? sink = SinkOf(invocation.TargetMethod, out bool textOnly);
            if (sink is null)
            {
                return;
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                ReportArgument(context, symbols, argument.Value, sink, textOnly);
            }
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, SdkSymbols symbols)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (!DerivesFromException(creation.Type))
            {
                return;
            }

            foreach (IArgumentOperation argument in creation.Arguments)
            {
                ReportArgument(context, symbols, argument.Value, "the message of " + creation.Type!.Name, textOnly: true);
            }
        }

        // A params array passes each element; other arguments pass themselves.
        private static void ReportArgument(OperationAnalysisContext context, SdkSymbols symbols, IOperation value, string sink, bool textOnly)
        {
            if (value is IArrayCreationOperation { IsImplicit: true, Initializer: { } elements })
            {
                foreach (IOperation element in elements.ElementValues)
                {
                    Report(context, symbols, element, sink, textOnly);
                }

                return;
            }

            Report(context, symbols, value, sink, textOnly);
        }

        // textOnly: the sink only uses the text (ToString) of what it gets, which a [Sensitive] value object redacts.
        private static void Report(OperationAnalysisContext context, SdkSymbols symbols, IOperation value, string sink, bool textOnly)
        {
            IOperation passed = OperationPaths.WithoutConversions(value);
            ITypeSymbol? sensitiveType = symbols.IsSensitive(passed.Type) && !(textOnly && symbols.IsValueObject(passed.Type)) ? passed.Type
                : passed is IPropertyReferenceOperation { Property.Name: "Value", Instance: { } instance } && symbols.IsSensitive(instance.Type) ? instance.Type
                : null;
            if (sensitiveType is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.SensitiveValueLeaked, passed.Syntax.GetLocation(), passed.Syntax.ToString(), SdkSymbols.WithoutNullable(sensitiveType)!.Name, sink));
            }
        }

        private static string? SinkOf(IMethodSymbol method, out bool textOnly)
        {
            INamedTypeSymbol type = method.ContainingType;
            textOnly = true;
            if (SdkSymbols.IsNamed(type, "System", "Console"))
            {
                return "Console." + method.Name;
            }

            if (SdkSymbols.IsNamed(type, "System.Diagnostics", "Debug") || SdkSymbols.IsNamed(type, "System.Diagnostics", "Trace"))
            {
                return type.Name + "." + method.Name;
            }

            if (SdkSymbols.IsNamed(type, LoggingNamespace, "LoggerExtensions") || IsLogger(type))
            {
                textOnly = false;
                return "a logger (" + method.Name + ")";
            }

            return null;
        }

        private const string LoggingNamespace = "Microsoft.Extensions.Logging";

        private static bool IsLogger(INamedTypeSymbol type)
        {
            if (SdkSymbols.IsNamed(type, LoggingNamespace, "ILogger"))
            {
                return true;
            }

            // The definition's interfaces have the same names as a constructed type's (List<T>, not each List<Order>), and
            // Roslyn computes them once per definition instead of substituting them for every construction.
            foreach (INamedTypeSymbol implemented in type.OriginalDefinition.AllInterfaces)
            {
                if (SdkSymbols.IsNamed(implemented, LoggingNamespace, "ILogger"))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool DerivesFromException(ITypeSymbol? type)
        {
            for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (SdkSymbols.IsNamed(current, "System", "Exception"))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
