using System.Collections.Generic;
using System.Collections.Immutable;
using AllTx.Analyzers.Safety;
using AllTx.Shared.Units;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AllTx.Analyzers.Dosing
{
    /// <summary>
    /// ATX1003: a constant passed to <c>Unit.Parse</c>, <c>DoseUnit.Parse</c>, <c>Quantity.Parse</c> or <c>Dose.Parse</c>
    /// that the parser would reject at run time — not valid UCUM (<c>"mcg/d"</c>), not a dose unit
    /// (<c>DoseUnit.Parse("mg/dL")</c>), a number without a unit (<c>Dose.Parse("28")</c>), a dose of 0, or a cell dose
    /// that does not name its cells. The runtime and this analyzer compile the same UCUM grammar (AllTx.Shared), so they
    /// accept exactly the same codes. The UCUM spelling is given (and applied by the code fix) when it is known.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InvalidUnitTextAnalyzer : SdkSafetyAnalyzer
    {
        private const string NotADoseUnit = "is a UCUM unit but not a dose unit (a mass, a mass per day or a cell count, fixed or per kg or per m2)";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidUnitText);

        /// <inheritdoc />
        private protected override void Register(CompilationStartAnalysisContext start, SdkSymbols symbols)
        {
            start.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.Invocation);
        }

        private static void Analyze(OperationAnalysisContext context, SdkSymbols symbols)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (method.Name != "Parse" || !method.IsStatic || invocation.Arguments.Length != 1
                || invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string text })
            {
                return;
            }

            INamedTypeSymbol parser = method.ContainingType;
            Problem? problem =
                SdkSymbols.Is(parser, symbols.Unit) ? CheckUnit(text, doseUnit: false) :
                SdkSymbols.Is(parser, symbols.DoseUnit) ? CheckUnit(text, doseUnit: true) :
                SdkSymbols.Is(parser, symbols.Quantity) ? CheckAmountAndUnit(text, dose: false, symbols) :
                SdkSymbols.Is(parser, symbols.Dose) ? CheckAmountAndUnit(text, dose: true, symbols) :
                null;
            if (problem is null)
            {
                return;
            }

            SyntaxNode argument = invocation.Arguments[0].Value.Syntax;
            ImmutableDictionary<string, string?>? properties = problem.Replacement is not null && argument.IsKind(SyntaxKind.StringLiteralExpression)
                ? ImmutableDictionary<string, string?>.Empty.Add(RuleIdentifiers.ReplacementTextProperty, problem.Replacement)
                : null;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InvalidUnitText, argument.GetLocation(), properties, text, parser.Name + ".Parse", problem.Reason));
        }

        private static Problem? CheckUnit(string code, bool doseUnit)
        {
            if (!UcumParser.TryParse(code, out UcumUnit? unit, out string reason))
            {
                return Invalid(code, reason, suggestion => suggestion);
            }

            return doseUnit && unit!.DoseClass == UcumDoseClass.None ? new Problem("'" + code + "' " + NotADoseUnit, null) : null;
        }

        private static Problem? CheckAmountAndUnit(string text, bool dose, SdkSymbols symbols)
        {
            string concept = dose ? "dose" : "quantity";
            if (!UcumAmountText.TrySplit(text, out decimal amount, out string remainder))
            {
                return new Problem("it does not start with a number; write the amount, a space and a UCUM unit, e.g. \"28 ug/d\"", null);
            }

            if (remainder.Length == 0)
            {
                return new Problem("it has no unit, and a bare number is never a " + concept + "; write the amount, a space and a UCUM unit, e.g. \"" + text.Trim() + " ug/d\"", null);
            }

            int space = remainder.IndexOfAny(new[] { ' ', '\t' });
            string code = dose && space >= 0 ? remainder.Substring(0, space) : remainder;
            string rest = dose && space >= 0 ? remainder.Substring(space + 1).Trim() : string.Empty;
            if (!UcumParser.TryParse(code, out UcumUnit? unit, out string reason))
            {
                string amountText = text.Trim().Substring(0, text.Trim().Length - remainder.Length).TrimEnd();
                return Invalid(code, reason, suggestion => amountText + " " + suggestion + (rest.Length > 0 ? " " + rest : string.Empty));
            }

            UcumDoseClass use = unit!.DoseClass;

            if (!dose)
            {
                return null;
            }

            if (use == UcumDoseClass.None)
            {
                return new Problem("'" + code + "' " + NotADoseUnit, null);
            }

            if (amount <= 0m)
            {
                return new Problem("a dose amount must be greater than 0", null);
            }

            if (use != UcumDoseClass.TotalCells && use != UcumDoseClass.CellsPerKilogram)
            {
                return rest.Length == 0 ? null : new Problem("only a cell dose names the cells it counts after its unit ('" + rest + "')", null);
            }

            List<string> populations = CellPopulations(symbols);
            return populations.Contains(rest) || populations.Count == 0
                ? null
                : new Problem("a cell dose names the cells it counts after its unit, one of " + string.Join(", ", populations), null);
        }

        private static Problem Invalid(string code, string why, System.Func<string, string> replacementFor)
        {
            List<string> suggestions = UcumSpellingAdvisor.Suggest(code);
            string reason = "'" + code + "' is not valid UCUM (" + why + ")" + (suggestions.Count switch
            {
                0 => string.Empty,
                1 => "; did you mean '" + suggestions[0] + "'?",
                _ => "; did you mean one of '" + string.Join("', '", suggestions) + "'?",
            });
            return new Problem(reason, suggestions.Count == 1 ? replacementFor(suggestions[0]) : null);
        }

        private static List<string> CellPopulations(SdkSymbols symbols)
        {
            var names = new List<string>();
            foreach (ISymbol member in symbols.CellPopulation?.GetMembers() ?? ImmutableArray<ISymbol>.Empty)
            {
                if (member is IFieldSymbol { HasConstantValue: true } field)
                {
                    names.Add(field.Name);
                }
            }

            return names;
        }

        private sealed class Problem
        {
            internal Problem(string reason, string? replacement)
            {
                Reason = reason;
                Replacement = replacement;
            }

            internal string Reason { get; }

            internal string? Replacement { get; }
        }
    }
}
