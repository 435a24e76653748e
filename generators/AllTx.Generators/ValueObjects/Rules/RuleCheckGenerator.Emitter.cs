using AllTx.CodeAnalysis.ValueObjects;
using AllTx.Generators.Common;
using Microsoft.CodeAnalysis.CSharp;

namespace AllTx.Generators.ValueObjects.Rules
{
    public sealed partial class RuleCheckGenerator
    {
        /// <summary>Writes <c>CheckDeclaredRules</c> and the body of a declared partial <c>Validate</c> for one value object.</summary>
        internal static class Emitter
        {
            private const string Validation = "global::Vogen.Validation";
            private const string Rules = "global::AllTx.ValueObjectRules";

            internal static string Emit(RuleCheckModel model) =>
                PartialDeclarations.Write(
                    "the declarative rules of " + model.Name + ", checked by Vogen's Validate.",
                    model.Namespace,
                    model.Declarations,
                    model.NormalizesInput ? new[] { "[global::AllTx.NormalizesInput]" } : new string[0],
                    writer => EmitMembers(writer, model));

            private static void EmitMembers(SourceWriter writer, RuleCheckModel model)
            {
                if (model.Rules.Count == 0 && model.PartialValidate is null)
                {
                    return;
                }

                string parameter = model.PartialValidate?.ParameterName ?? "value";
                string escaped = SyntaxFacts.GetKeywordKind(parameter) != SyntaxKind.None ? "@" + parameter : parameter;
                for (int i = 0; i < model.Rules.Count; i++)
                {
                    if (model.Rules[i].Kind == DeclaredRuleKind.Pattern)
                    {
                        writer.Line($"private static readonly global::System.Text.RegularExpressions.Regex __declaredPattern{i} = {Rules}.CreatePattern({SymbolDisplay.FormatLiteral(model.Rules[i].Pattern, quote: true)});");
                        writer.Line();
                    }
                }

                writer.Line("/// <summary>Checks the declarative rules of <see cref=\"" + model.Name + "\"/>: Ok, or the first broken rule naming the type, the value and the rule.</summary>");
                writer.Line("/// <param name=\"" + parameter + "\">The value to check.</param>");
                writer.Line("/// <returns>The outcome.</returns>");
                using (writer.Block($"private static {Validation} CheckDeclaredRules({model.Underlying} {escaped})"))
                {
                    for (int i = 0; i < model.Rules.Count; i++)
                    {
                        DeclaredRule rule = model.Rules[i];
                        using (writer.Block($"if (!({Test(model, rule, escaped, i)}))"))
                        {
                            writer.Line($"return global::AllTx.RuleViolation.Of<{model.Name}, {model.Underlying}>({escaped}, {SymbolDisplay.FormatLiteral(rule.Describe(), quote: true)}, {(model.IsSensitive ? "true" : "false")});");
                        }

                        writer.Line();
                    }

                    writer.Line($"return {Validation}.Ok;");
                }

                if (model.PartialValidate is { } validate)
                {
                    writer.Line();
                    writer.Line($"{validate.Accessibility} static partial {Validation} Validate({model.Underlying} {escaped}) => CheckDeclaredRules({escaped});");
                }
            }

            private static string Test(RuleCheckModel model, DeclaredRule rule, string value, int index)
            {
                switch (rule.Kind)
                {
                    case DeclaredRuleKind.Range:
                        string minimum = RangeLiterals.Numeric(model.UnderlyingKind, rule.Minimum);
                        string maximum = RangeLiterals.Numeric(model.UnderlyingKind, rule.Maximum);
                        return $"{value} {(rule.MinimumIsExclusive ? ">" : ">=")} {minimum} && {value} {(rule.MaximumIsExclusive ? "<" : "<=")} {maximum}";
                    case DeclaredRuleKind.Pattern:
                        return $"{Rules}.Matches({value}, __declaredPattern{index})";
                    case DeclaredRuleKind.Length:
                        return $"{value}.Length >= {rule.MinimumLength} && {value}.Length <= {rule.MaximumLength}";
                    default:
                        return $"{Rules}.IsNotEmpty({value})";
                }
            }
        }
    }
}
