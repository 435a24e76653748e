using System.Collections.Immutable;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Mrd
{
    /// <summary>
    /// ATX2001: an MRD value without its assay method — an <c>MrdResult.Create</c> given a method that is no assay method
    /// (<c>default</c>, <c>(MrdMethod)0</c>). Numeric fields, properties, parameters and locals named as MRD values are
    /// checked by <see cref="Safety.NumericDeclarationAnalyzer"/> (<see cref="MrdNameRule"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MrdValueWithoutMethodAnalyzer : SdkSafetyAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.MrdValueWithoutMethod);

        /// <inheritdoc />
        private protected override void Register(CompilationStartAnalysisContext start, SdkSymbols symbols)
        {
            start.RegisterOperationAction(
                c =>
                {
                    if (symbols is { MrdMethod: { } method, MrdResult: { } result })
                    {
                        AnalyzeCreate(c, result, method);
                    }
                },
                OperationKind.Invocation);
        }

        private static void AnalyzeCreate(OperationAnalysisContext context, INamedTypeSymbol result, INamedTypeSymbol method)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (invocation.TargetMethod.Name != "Create" || !SdkSymbols.Is(invocation.TargetMethod.ContainingType, result))
            {
                return;
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (SdkSymbols.Is(argument.Parameter?.Type, method)
                    && argument.Value.ConstantValue is { HasValue: true, Value: { } constant }
                    && !IsDefinedMember(method, constant))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.MrdValueWithoutMethod,
                        argument.Value.Syntax.GetLocation(),
                        $"MrdResult.Create is given '{argument.Value.Syntax}' as its method, which is no assay method; pass the MrdMethod the result was measured with"));
                }
            }
        }

        private static bool IsDefinedMember(INamedTypeSymbol enumType, object constant)
        {
            foreach (ISymbol member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, constant))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
