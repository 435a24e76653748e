using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AllTx.CodeFixes.Common
{
    /// <summary>Adds modifiers such as <c>partial</c>, <c>sealed</c> or <c>abstract</c> to a type declaration, keeping its layout.</summary>
    internal static class TypeDeclarationModifiers
    {
        /// <summary>
        /// <paramref name="declaration"/> with <paramref name="modifier"/> added (unchanged when it has it already).
        /// <c>partial</c> is kept last, right before the type keyword, as C# requires (CS0267); a declaration without
        /// modifiers hands its indentation from the type keyword to the new modifier.
        /// </summary>
        public static TypeDeclarationSyntax Add(TypeDeclarationSyntax declaration, SyntaxKind modifier)
        {
            SyntaxTokenList modifiers = declaration.Modifiers;
            if (modifiers.Any(modifier))
            {
                return declaration;
            }

            SyntaxToken added = Token(modifier).WithTrailingTrivia(Space);
            if (modifiers.Count == 0)
            {
                SyntaxToken keyword = declaration.Keyword;
                return declaration
                    .WithKeyword(keyword.WithLeadingTrivia())
                    .WithModifiers(TokenList(added.WithLeadingTrivia(keyword.LeadingTrivia)));
            }

            int partialIndex = modifiers.IndexOf(SyntaxKind.PartialKeyword);
            int index = modifier == SyntaxKind.PartialKeyword || partialIndex < 0 ? modifiers.Count : partialIndex;
            if (index == 0)
            {
                // The first modifier's leading trivia (indentation) moves to the new first modifier.
                SyntaxToken first = modifiers[0];
                modifiers = modifiers.Replace(first, first.WithLeadingTrivia());
                added = added.WithLeadingTrivia(first.LeadingTrivia);
            }

            return declaration.WithModifiers(modifiers.Insert(index, added));
        }
    }
}
