using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AllTx.Analyzers;
using AllTx.CodeFixes.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.CodeFixes.Dosing
{
    /// <summary>
    /// ATX1004: compares the values instead of their raw amounts, so that units are converted — <c>a.Amount &gt; b.Amount</c>
    /// → <c>a &gt; b</c> for two doses, <c>a.Quantity &gt; b</c> for a dose and a quantity, <c>lab &gt; q.Quantity</c> for a
    /// lab value; <c>a.Amount.CompareTo(b.Amount)</c> → <c>a.CompareTo(b)</c>. Offered for ordering comparisons only:
    /// arithmetic and equality change meaning when rewritten and are left to the developer.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseUnitAwareComparisonCodeFix))]
    [Shared]
    public sealed class UseUnitAwareComparisonCodeFix : CodeFixProvider
    {
        private const string Title = "Compare the values, converting units";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.RawAmountArithmetic);

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
                if (Rewrite(root, model, diagnostic, context.CancellationToken) is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, token => DocumentFixes.FixOneAsync(context.Document, diagnostic, Title, Fix, token), Title),
                        diagnostic);
                }
            }
        }

        private static SyntaxNode Fix(SyntaxNode root, SemanticModel model, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
        {
            var replacements = new Dictionary<ExpressionSyntax, ExpressionSyntax>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (Rewrite(root, model, diagnostic, cancellationToken) is { } rewrite)
                {
                    replacements[rewrite.Original] = rewrite.Replacement;
                }
            }

            return root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        }

        private static (ExpressionSyntax Original, ExpressionSyntax Replacement)? Rewrite(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (DocumentFixes.NodeOf<BinaryExpressionSyntax>(root, diagnostic) is { } binary
                && binary.Kind() is SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression
                && UnitTypes.AmountRead(binary.Left, model, cancellationToken) is { } left
                && UnitTypes.AmountRead(binary.Right, model, cancellationToken) is { } right)
            {
                (ExpressionSyntax first, SyntaxKind kind, ExpressionSyntax second) = Operands(left, right, binary.Kind());
                return (binary, SyntaxFactory.BinaryExpression(kind, first, second).WithTriviaFrom(binary));
            }

            if (DocumentFixes.NodeOf<InvocationExpressionSyntax>(root, diagnostic) is { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CompareTo" } compareTo } invocation
                && invocation.ArgumentList.Arguments.Count == 1
                && UnitTypes.AmountRead(compareTo.Expression, model, cancellationToken) is { } self
                && UnitTypes.AmountRead(invocation.ArgumentList.Arguments[0].Expression, model, cancellationToken) is { } other)
            {
                (ExpressionSyntax receiver, ExpressionSyntax argument) = self.Type switch
                {
                    UnitType.Dose when other.Type == UnitType.Dose => (self.Receiver, other.Receiver),
                    UnitType.LabValue => (self.Receiver, UnitTypes.AsQuantity(other.Receiver, other.Type)),
                    _ => (UnitTypes.AsQuantity(self.Receiver, self.Type), UnitTypes.AsQuantity(other.Receiver, other.Type)),
                };
                return (invocation, invocation
                    .WithExpression(compareTo.WithExpression(receiver))
                    .WithArgumentList(invocation.ArgumentList.WithArguments(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(argument)))));
            }

            return null;
        }

        // Two doses compare directly; a lab value compares with a quantity and must be on the left; all else as quantities.
        private static (ExpressionSyntax, SyntaxKind, ExpressionSyntax) Operands(
            (ExpressionSyntax Receiver, UnitType Type) left, (ExpressionSyntax Receiver, UnitType Type) right, SyntaxKind kind)
        {
            if (left.Type == UnitType.Dose && right.Type == UnitType.Dose)
            {
                return (left.Receiver, kind, right.Receiver);
            }

            if (left.Type == UnitType.LabValue)
            {
                return (left.Receiver, kind, UnitTypes.AsQuantity(right.Receiver, right.Type));
            }

            if (right.Type == UnitType.LabValue)
            {
                return (right.Receiver, Flipped(kind), UnitTypes.AsQuantity(left.Receiver, left.Type));
            }

            return (UnitTypes.AsQuantity(left.Receiver, left.Type), kind, UnitTypes.AsQuantity(right.Receiver, right.Type));
        }

        internal static SyntaxKind Flipped(SyntaxKind kind) => kind switch
        {
            SyntaxKind.LessThanExpression => SyntaxKind.GreaterThanExpression,
            SyntaxKind.LessThanOrEqualExpression => SyntaxKind.GreaterThanOrEqualExpression,
            SyntaxKind.GreaterThanExpression => SyntaxKind.LessThanExpression,
            SyntaxKind.GreaterThanOrEqualExpression => SyntaxKind.LessThanOrEqualExpression,
            _ => kind,
        };
    }
}
