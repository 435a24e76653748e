using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AllTx.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AllTx.CodeFixes.Unions
{
    /// <summary>Builds the switch arms and case labels the union code fixes insert.</summary>
    internal static class UnionArmSyntax
    {
        /// <summary>The case type names the analyzer put in the diagnostic (ATX4001, ATX4002).</summary>
        public static ImmutableArray<string> MissingCases(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(RuleIdentifiers.MissingCasesProperty, out string? joined) && !string.IsNullOrEmpty(joined)
                ? joined!.Split('|').ToImmutableArray()
                : ImmutableArray<string>.Empty;

        /// <summary>
        /// <c>throw new System.InvalidOperationException("CaseType is not handled yet")</c>: the placeholder body the ATX4001
        /// fix inserts for a case, naming it so that a placeholder reached at run time says which case was left out.
        /// </summary>
        public static ThrowExpressionSyntax Placeholder(string caseType) =>
            ThrowExpression(
                ObjectCreationExpression(ParseTypeName("System.InvalidOperationException"))
                    .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(
                        LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(caseType + " is not handled yet")))))));

        /// <summary>
        /// A <c>#warning</c> line above each placeholder: the build lists every placeholder (and fails under
        /// TreatWarningsAsErrors) until the team replaces it, so a scaffolded arm cannot ship unnoticed.
        /// </summary>
        public static SyntaxTriviaList PlaceholderWarning(string caseType, string endOfLine) =>
            ParseLeadingTrivia("#warning Handle " + caseType + " here: replace the placeholder the ATX4001 code fix added" + endOfLine);

        /// <summary>
        /// <c>CaseType</c>, or <c>CaseType x</c> when the replaced pattern declared <c>x</c>, as the parser reads them in a
        /// switch arm: a type name alone is a constant pattern there (the binder resolves it to the type), a keyword type
        /// such as <c>string</c> a type pattern. Inserting the parser's own tree keeps the fixed document identical to its
        /// re-parse.
        /// </summary>
        public static PatternSyntax PatternFor(string caseType, VariableDesignationSyntax? designation = null) =>
            designation is null
                ? ((SwitchExpressionSyntax)ParseExpression("_ switch { " + caseType + " => 0 }")).Arms[0].Pattern.WithoutTrivia()
                : DeclarationPattern(ParseTypeName(caseType), designation);

        /// <summary><c>case CaseType:</c> as the parser reads it (a constant label for a type name, a pattern label for a keyword type).</summary>
        public static SwitchLabelSyntax LabelFor(string caseType) =>
            ((SwitchStatementSyntax)ParseStatement("switch (_) { case " + caseType + ": break; }")).Sections[0].Labels[0].WithoutTrivia();

        /// <summary>
        /// The arms of <paramref name="switchExpression"/> with <paramref name="replaced"/> swapped for
        /// <paramref name="inserted"/> (or with <paramref name="inserted"/> appended when nothing is replaced), one arm a line.
        /// </summary>
        public static SwitchExpressionSyntax WithArms(
            SwitchExpressionSyntax switchExpression,
            SwitchExpressionArmSyntax? replaced,
            IEnumerable<SwitchExpressionArmSyntax> inserted)
        {
            var arms = new List<SwitchExpressionArmSyntax>();
            foreach (SwitchExpressionArmSyntax arm in switchExpression.Arms)
            {
                if (arm == replaced)
                {
                    arms.AddRange(inserted.Select(a => a.WithLeadingTrivia(arm.GetLeadingTrivia())));
                }
                else
                {
                    arms.Add(arm);
                }
            }

            if (replaced is null)
            {
                arms.AddRange(inserted);
            }

            bool trailingComma = switchExpression.Arms.SeparatorCount == switchExpression.Arms.Count && arms.Count > 0;
            SyntaxToken comma = Token(SyntaxKind.CommaToken).WithTrailingTrivia(ElasticEndOfLine(EndOfLine(switchExpression)));
            var separators = Enumerable.Repeat(comma, trailingComma ? arms.Count : System.Math.Max(arms.Count - 1, 0));
            return switchExpression
                .WithArms(SeparatedList(arms, separators))
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        /// <summary>The line ending the document already uses around <paramref name="node"/>.</summary>
        public static string EndOfLine(SyntaxNode node) =>
            node.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } eol
                ? eol
                : "\n";
    }
}
