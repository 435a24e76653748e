using System.Collections.Immutable;
using System.Globalization;
using AllTx.Analyzers.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Mrd
{
    /// <summary>
    /// ATX2003: an MRD-negative claim — <c>new MrdOutcome.Negative(…)</c> or <c>new MrdStatus.MrdNegative(…)</c> — built from
    /// a constant assay sensitivity worse (numerically larger) than 1e-4, e.g. <c>AssaySensitivity.From(0.001m)</c> or
    /// <c>AssaySensitivity.ParseFractionOrPercent("0.1 %")</c> (MRD-negative complete
    /// remission needs a sensitivity of at least 1e-4: Hematology Am Soc Hematol Educ Program 2021;2021(1):718-725,
    /// doi:10.1182/hematology.2021000224).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InsufficientSensitivityNegativeAnalyzer : SdkSafetyAnalyzer
    {
        private const decimal Threshold = 0.0001m;

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.NegativeWithInsufficientSensitivity);

        /// <inheritdoc />
        private protected override void Register(CompilationStartAnalysisContext start, SdkSymbols symbols)
        {
            start.RegisterOperationAction(
                c =>
                {
                    if (symbols.AssaySensitivity is { } sensitivity)
                    {
                        Analyze(c, symbols, sensitivity);
                    }
                },
                OperationKind.ObjectCreation);
        }

        private static void Analyze(OperationAnalysisContext context, SdkSymbols symbols, INamedTypeSymbol sensitivity)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (!SdkSymbols.Is(creation.Type, symbols.NegativeOutcome) && !SdkSymbols.Is(creation.Type, symbols.MrdNegativeStatus))
            {
                return;
            }

            foreach (IArgumentOperation argument in creation.Arguments)
            {
                if (SdkSymbols.Is(argument.Parameter?.Type, sensitivity) && ConstantFraction(argument.Value, sensitivity) is decimal fraction && fraction > Threshold)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.NegativeWithInsufficientSensitivity,
                        argument.Value.Syntax.GetLocation(),
                        creation.Type!.ContainingType.Name + "." + creation.Type.Name,
                        fraction.ToString(CultureInfo.InvariantCulture),
                        "1e-4 (0.01 %)"));
                }
            }
        }

        // AssaySensitivity.From(0.001m), Parse("0.001"), ParseFractionOrPercent("1e-3" or "0.1 %") with a constant argument.
        private static decimal? ConstantFraction(IOperation value, INamedTypeSymbol sensitivity)
        {
            if (OperationPaths.WithoutConversions(value) is not IInvocationOperation { TargetMethod: { IsStatic: true } method } invocation
                || !SdkSymbols.Is(method.ContainingType, sensitivity) || invocation.Arguments.Length < 1)
            {
                return null;
            }

            object? constant = invocation.Arguments[0].Value.ConstantValue is { HasValue: true } c ? c.Value : null;
            return (method.Name, constant) switch
            {
                ("From", decimal number) => number,
                ("From", double number) => (decimal)number,
                ("From", int number) => number,
                ("Parse" or "ParseFractionOrPercent", string text) => ParseFractionOrPercent(text),
                _ => null,
            };
        }

        private static decimal? ParseFractionOrPercent(string text)
        {
            string trimmed = text.Trim();
            bool percent = trimmed.EndsWith("%", System.StringComparison.Ordinal);
            string number = percent ? trimmed.Substring(0, trimmed.Length - 1).Trim() : trimmed;
            return decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal parsed)
                ? (percent ? parsed / 100m : parsed)
                : null;
        }
    }
}
