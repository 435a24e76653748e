using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using AllTx.Analyzers;
using AllTx.CodeFixes.Dosing;
using AllTx.CodeFixes.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.CodeFixes.LabResults
{
    /// <summary>
    /// ATX2004: compares the value with a threshold quantity in a unit the developer picks — <c>creatinine.Amount &lt;= 1.6</c>
    /// → <c>creatinine &lt;= Quantity.Of(1.6m, Unit.MilligramPerDecilitre)</c>. One action per plausible unit (the fix cannot
    /// know which unit the number was meant in; choosing is the point); a dose compares through its <c>Quantity</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CompareWithExplicitUnitCodeFix))]
    [Shared]
    public sealed class CompareWithExplicitUnitCodeFix : CodeFixProvider
    {
        private const string KeyPrefix = "CompareWithUnit.";

        private static readonly (string Property, string Code)[] LabUnits =
        {
            ("MilligramPerDecilitre", "mg/dL"), ("MicromolePerLitre", "umol/L"), ("GramPerDecilitre", "g/dL"), ("BillionPerLitre", "10*9/L"),
        };

        private static readonly (string Property, string Code)[] DoseUnits =
        {
            ("Milligram", "mg"), ("Microgram", "ug"), ("MilligramPerDay", "mg/d"), ("MicrogramPerDay", "ug/d"),
        };

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.LabValueComparedWithBareNumber);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => DocumentFixes.FixAll(Fix);

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (Comparison(root, model, diagnostic, context.CancellationToken) is not { } comparison)
                {
                    continue;
                }

                foreach ((string property, string code) in comparison.Amount.Type == UnitType.Dose ? DoseUnits : LabUnits)
                {
                    string key = KeyPrefix + property;
                    context.RegisterCodeFix(
                        CodeAction.Create($"Compare with a quantity in {code}", token => DocumentFixes.FixOneAsync(context.Document, diagnostic, key, Fix, token), key),
                        diagnostic);
                }
            }
        }

        private static SyntaxNode Fix(SyntaxNode root, SemanticModel model, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
        {
            if (equivalenceKey is null || !equivalenceKey.StartsWith(KeyPrefix, System.StringComparison.Ordinal))
            {
                return root;
            }

            string unitProperty = equivalenceKey.Substring(KeyPrefix.Length);
            var replacements = new Dictionary<BinaryExpressionSyntax, ExpressionSyntax>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (Comparison(root, model, diagnostic, cancellationToken) is { } comparison)
                {
                    replacements[comparison.Binary] = Rewrite(comparison, unitProperty, model, cancellationToken);
                }
            }

            SyntaxNode fixedRoot = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
            return replacements.Count == 0 ? fixedRoot : UsingDirectives.Ensure(fixedRoot, UnitTypes.UnitsNamespace);
        }

        private static ExpressionSyntax Rewrite(Found comparison, string unitProperty, SemanticModel model, CancellationToken cancellationToken)
        {
            ExpressionSyntax value = comparison.Amount.Type == UnitType.Dose
                ? UnitTypes.AsQuantity(comparison.Amount.Receiver, UnitType.Dose)
                : comparison.Amount.Receiver;
            ExpressionSyntax threshold = SyntaxFactory.ParseExpression(
                $"Quantity.Of({DecimalText(comparison.Threshold, model, cancellationToken)}, Unit.{unitProperty})");
            SyntaxKind kind = comparison.AmountOnLeft ? comparison.Binary.Kind() : UseUnitAwareComparisonCodeFix.Flipped(comparison.Binary.Kind());
            return SyntaxFactory.BinaryExpression(kind, value, threshold).WithTriviaFrom(comparison.Binary);
        }

        // A numeric literal becomes a decimal literal (1.6 → 1.6m); a named constant is cast.
        private static string DecimalText(ExpressionSyntax threshold, SemanticModel model, CancellationToken cancellationToken)
        {
            if (threshold is LiteralExpressionSyntax or PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax })
            {
                object? value = model.GetConstantValue(threshold, cancellationToken).Value;
                if (value is double or float or int or long or decimal)
                {
                    string text = System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "0";
                    if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
                    {
                        return number.ToString(CultureInfo.InvariantCulture) + "m";
                    }
                }
            }

            return "(decimal)" + threshold.WithoutTrivia();
        }

        private static Found? Comparison(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (DocumentFixes.NodeOf<BinaryExpressionSyntax>(root, diagnostic) is not { } binary
                || binary.Kind() is not (SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression))
            {
                return null;
            }

            if (UnitTypes.AmountRead(binary.Left, model, cancellationToken) is { } left)
            {
                return new Found(binary, left, binary.Right, amountOnLeft: true);
            }

            return UnitTypes.AmountRead(binary.Right, model, cancellationToken) is { } right ? new Found(binary, right, binary.Left, amountOnLeft: false) : null;
        }

        private sealed class Found
        {
            internal Found(BinaryExpressionSyntax binary, (ExpressionSyntax Receiver, UnitType Type) amount, ExpressionSyntax threshold, bool amountOnLeft)
            {
                Binary = binary;
                Amount = amount;
                Threshold = threshold;
                AmountOnLeft = amountOnLeft;
            }

            internal BinaryExpressionSyntax Binary { get; }

            internal (ExpressionSyntax Receiver, UnitType Type) Amount { get; }

            internal ExpressionSyntax Threshold { get; }

            internal bool AmountOnLeft { get; }
        }
    }
}
