using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AllTx.CodeFixes.Unions
{
    /// <summary>
    /// What the union switch fixes (ATX4001, ATX4002) share: one diagnostic id, Fix All, and the case list the analyzer
    /// put in the diagnostic. A derived fix only decides how to rewrite the switch.
    /// </summary>
    public abstract class UnionArmsCodeFix : CodeFixProvider
    {
        private readonly string _title;

        private protected UnionArmsCodeFix(string diagnosticId, string title)
        {
            FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
            _title = title;
        }

        /// <inheritdoc />
        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        /// <inheritdoc />
        public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            Diagnostic diagnostic = context.Diagnostics[0];
            Func<CancellationToken, Task<Document>>? fix = root is null
                ? null
                : CreateFix(context.Document, root, diagnostic, UnionArmSyntax.MissingCases(diagnostic));
            if (fix is not null)
            {
                context.RegisterCodeFix(CodeAction.Create(_title, fix, equivalenceKey: _title), diagnostic);
            }
        }

        /// <summary>The edit for <paramref name="diagnostic"/>, or null when the flagged code is not what the fix expects.</summary>
        private protected abstract Func<CancellationToken, Task<Document>>? CreateFix(
            Document document,
            SyntaxNode root,
            Diagnostic diagnostic,
            ImmutableArray<string> missingCases);
    }
}
