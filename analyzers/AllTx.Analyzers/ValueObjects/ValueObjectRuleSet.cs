using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AllTx.CodeAnalysis.ValueObjects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllTx.Analyzers.ValueObjects
{
    /// <summary>
    /// The declarative rules of one value object, evaluated on compile-time constants (ATX3003) exactly as the generated
    /// code evaluates them at run time, including a <c>NormalizeInput</c> made of well-known string calls. When the
    /// normalisation cannot be followed at compile time, nothing is judged (no false positives). For a value object read from a
    /// referenced assembly the private <c>NormalizeInput</c> is not imported from metadata; the generator marks such types
    /// with <c>[NormalizesInput]</c>, and those are not judged, while the others are checked against their declared rules.
    /// </summary>
    internal sealed class ValueObjectRuleSet
    {
        private const string NormalizesInputMarker = "NormalizesInputAttribute";

        private readonly List<DeclaredRule> _rules;
        private readonly List<string>? _normalization;

        private ValueObjectRuleSet(UnderlyingKind kind, List<DeclaredRule> rules, List<string>? normalization, bool canJudge)
        {
            Kind = kind;
            _rules = rules;
            _normalization = normalization;
            CanJudge = canJudge;
        }

        internal UnderlyingKind Kind { get; }

        internal bool CanJudge { get; }

        internal static ValueObjectRuleSet For(INamedTypeSymbol valueObject, ITypeSymbol underlying)
        {
            var rules = new List<DeclaredRule>();
            UnderlyingKind kind = UnderlyingKinds.Of(underlying);
            DeclaredRuleReader.Read(valueObject, underlying, rules, misfits: null);
            if (valueObject.DeclaringSyntaxReferences.IsEmpty)
            {
                // From metadata the private hook is invisible; the generator's marker says whether there is one.
                bool normalizes = valueObject.GetAttributes().Any(a => a.AttributeClass is { Name: NormalizesInputMarker, ContainingNamespace.Name: "AllTx" });
                return new ValueObjectRuleSet(kind, rules, normalization: new List<string>(), canJudge: !normalizes);
            }

            List<string>? normalization = new List<string>();
            foreach (ISymbol member in valueObject.GetMembers(ValueObjectShape.NormalizeInputMethodName))
            {
                if (member is IMethodSymbol method && ValueObjectShape.IsNormalizeInputHook(method, underlying))
                {
                    normalization = kind == UnderlyingKind.String ? KnownStringCalls(method) : null;
                }
            }

            return new ValueObjectRuleSet(kind, rules, normalization, normalization is not null);
        }

        /// <summary>The broken rule for <paramref name="constant"/>, or null when it passes or cannot be judged.</summary>
        internal string? BrokenRule(object? constant, bool isReferenceType)
        {
            if (!CanJudge)
            {
                return null;
            }

            if (constant is null)
            {
                return isReferenceType ? "must not be null" : null;
            }

            if (!ConstantConversion.TryConvert(Kind, constant, out object? value) || value is null)
            {
                return null;
            }

            if (value is string text && _normalization is not null)
            {
                value = Normalize(text, _normalization);
            }

            foreach (DeclaredRule rule in _rules)
            {
                string? broken = rule.Check(value);
                if (broken is not null)
                {
                    return broken;
                }
            }

            return null;
        }

        /// <summary>The constant as the run-time error shows it.</summary>
        internal static string Describe(object? constant) =>
            constant is null ? "null" : "'" + System.Convert.ToString(constant, CultureInfo.InvariantCulture) + "'";

        private static string Normalize(string text, List<string> calls)
        {
            foreach (string call in calls)
            {
                text = call switch
                {
                    "Trim" => text.Trim(),
                    "TrimStart" => text.TrimStart(),
                    "TrimEnd" => text.TrimEnd(),
                    "ToUpperInvariant" => text.ToUpperInvariant(),
                    "ToLowerInvariant" => text.ToLowerInvariant(),
                    _ => text,
                };
            }

            return text;
        }

        /// <summary>The calls of <c>input.Trim().ToUpperInvariant()</c>-like bodies, in order; null for anything else.</summary>
        private static List<string>? KnownStringCalls(IMethodSymbol method)
        {
            if (method.DeclaringSyntaxReferences.Length != 1
                || method.DeclaringSyntaxReferences[0].GetSyntax() is not MethodDeclarationSyntax declaration)
            {
                return null;
            }

            ExpressionSyntax? body = declaration.ExpressionBody?.Expression;
            if (body is null && declaration.Body is { Statements.Count: 1 } block && block.Statements[0] is ReturnStatementSyntax ret)
            {
                body = ret.Expression;
            }

            var calls = new List<string>();
            while (body is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax access })
            {
                string name = access.Name.Identifier.ValueText;
                if (name != "Trim" && name != "TrimStart" && name != "TrimEnd" && name != "ToUpperInvariant" && name != "ToLowerInvariant")
                {
                    return null;
                }

                calls.Insert(0, name);
                body = access.Expression;
            }

            return body is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == method.Parameters[0].Name ? calls : null;
        }
    }
}
