using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.CodeFixes.Safety
{
    /// <summary>Adds a <c>using</c> directive that a fix's new code needs, unless the file already has it.</summary>
    internal static class UsingDirectives
    {
        internal static SyntaxNode Ensure(SyntaxNode root, string namespaceName)
        {
            if (root is not CompilationUnitSyntax unit || HasUsing(unit, namespaceName))
            {
                return root;
            }

            UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName))
                .WithTrailingTrivia(SyntaxFactory.ElasticEndOfLine(EndOfLine(root)));
            int index = 0;
            while (index < unit.Usings.Count && string.CompareOrdinal(unit.Usings[index].Name?.ToString(), namespaceName) < 0)
            {
                index++;
            }

            return unit.WithUsings(unit.Usings.Insert(index, directive));
        }

        // The file's own line ending: a CRLF among LF lines would be a mixed-line-ending file after the fix.
        private static string EndOfLine(SyntaxNode root)
        {
            SyntaxTrivia first = root.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
            return first.IsKind(SyntaxKind.EndOfLineTrivia) ? first.ToString() : "\r\n";
        }

        private static bool HasUsing(CompilationUnitSyntax unit, string namespaceName)
        {
            foreach (UsingDirectiveSyntax directive in unit.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>())
            {
                if (directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name?.ToString() == namespaceName)
                {
                    return true;
                }
            }

            foreach (BaseNamespaceDeclarationSyntax declared in unit.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<BaseNamespaceDeclarationSyntax>())
            {
                string name = declared.Name.ToString();
                if (name == namespaceName || name.StartsWith(namespaceName + ".", System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
