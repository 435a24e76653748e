using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace AllTx.CodeAnalysis.ValueObjects
{
    /// <summary>A declarative rule attribute that does not fit the value object's underlying type, and why.</summary>
    internal readonly struct RuleMisfit
    {
        internal RuleMisfit(AttributeData attribute, string reason)
        {
            Attribute = attribute;
            Reason = reason;
        }

        internal AttributeData Attribute { get; }

        internal string Reason { get; }
    }

    /// <summary>
    /// Reads the declarative rule attributes (<c>[ValueRange]</c>, <c>[ValuePattern]</c>, <c>[ValueLength]</c>,
    /// <c>[NotEmpty]</c>) of a value object. Rules that do not fit the underlying type are left out of the rules and
    /// reported as misfits (the analyzers raise ATX9006 for them). Shared source: generator and analyzers.
    /// </summary>
    internal static class DeclaredRuleReader
    {
        internal static void Read(
            INamedTypeSymbol valueObject,
            ITypeSymbol underlying,
            List<DeclaredRule> rules,
            List<RuleMisfit>? misfits)
        {
            UnderlyingKind kind = UnderlyingKinds.Of(underlying);
            foreach (AttributeData attribute in valueObject.GetAttributes())
            {
                INamedTypeSymbol? attributeClass = attribute.AttributeClass;
                if (attributeClass is null || !IsInAllTxNamespace(attributeClass))
                {
                    continue;
                }

                string? misfit;
                DeclaredRule? rule;
                switch (attributeClass.Name)
                {
                    case "ValueRangeAttribute":
                        rule = ReadRange(attribute, kind, underlying, out misfit);
                        break;
                    case "ValuePatternAttribute":
                        rule = ReadPattern(attribute, kind, underlying, out misfit);
                        break;
                    case "ValueLengthAttribute":
                        rule = ReadLength(attribute, kind, underlying, out misfit);
                        break;
                    case "NotEmptyAttribute":
                        rule = kind == UnderlyingKind.String || kind == UnderlyingKind.Guid ? new DeclaredRule(DeclaredRuleKind.NotEmpty) : null;
                        misfit = rule is null ? "[NotEmpty] needs a string or Guid underlying type, not " + Display(underlying) : null;
                        break;
                    default:
                        continue;
                }

                if (rule is not null)
                {
                    rules.Add(rule);
                }
                else if (misfit is not null)
                {
                    misfits?.Add(new RuleMisfit(attribute, misfit));
                }
            }
        }

        internal static bool IsInAllTxNamespace(INamedTypeSymbol type) =>
            type.ContainingType is null
            && type.ContainingNamespace is { Name: "AllTx", ContainingNamespace.IsGlobalNamespace: true };

        private static DeclaredRule? ReadRange(AttributeData attribute, UnderlyingKind kind, ITypeSymbol underlying, out string? misfit)
        {
            misfit = null;
            if (attribute.ConstructorArguments.Length != 2)
            {
                return null;
            }

            if (!kind.IsNumeric())
            {
                misfit = "[ValueRange] needs a numeric underlying type, not " + Display(underlying);
                return null;
            }

            if (!ConstantConversion.TryConvert(kind, attribute.ConstructorArguments[0].Value, out object? minimum)
                || !ConstantConversion.TryConvert(kind, attribute.ConstructorArguments[1].Value, out object? maximum)
                || minimum is null
                || maximum is null)
            {
                misfit = "[ValueRange] has an end that is not a " + Display(underlying) + " value";
                return null;
            }

            bool minimumIsExclusive = NamedFlag(attribute, "MinimumIsExclusive");
            bool maximumIsExclusive = NamedFlag(attribute, "MaximumIsExclusive");
            int order = ((IComparable)minimum).CompareTo(maximum);
            if (order > 0 || (order == 0 && (minimumIsExclusive || maximumIsExclusive)))
            {
                misfit = "[ValueRange] allows no value: its minimum is not below its maximum";
                return null;
            }

            return new DeclaredRule(
                DeclaredRuleKind.Range,
                Minimum: ConstantConversion.ToInvariantText(minimum),
                MinimumIsExclusive: minimumIsExclusive,
                Maximum: ConstantConversion.ToInvariantText(maximum),
                MaximumIsExclusive: maximumIsExclusive);
        }

        private static DeclaredRule? ReadPattern(AttributeData attribute, UnderlyingKind kind, ITypeSymbol underlying, out string? misfit)
        {
            misfit = null;
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string pattern)
            {
                return null;
            }

            if (kind != UnderlyingKind.String)
            {
                misfit = "[ValuePattern] needs a string underlying type, not " + Display(underlying);
                return null;
            }

            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException exception)
            {
                misfit = "[ValuePattern] is not a valid regular expression: " + exception.Message;
                return null;
            }

            return new DeclaredRule(DeclaredRuleKind.Pattern, Pattern: pattern);
        }

        private static DeclaredRule? ReadLength(AttributeData attribute, UnderlyingKind kind, ITypeSymbol underlying, out string? misfit)
        {
            misfit = null;
            if (attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Value is not int minimum
                || attribute.ConstructorArguments[1].Value is not int maximum)
            {
                return null;
            }

            if (kind != UnderlyingKind.String)
            {
                misfit = "[ValueLength] needs a string underlying type, not " + Display(underlying);
                return null;
            }

            if (minimum < 0 || minimum > maximum)
            {
                misfit = "[ValueLength] needs 0 <= minimum <= maximum";
                return null;
            }

            return new DeclaredRule(DeclaredRuleKind.Length, MinimumLength: minimum, MaximumLength: maximum);
        }

        private static bool NamedFlag(AttributeData attribute, string name)
        {
            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                if (argument.Key == name && argument.Value.Value is bool flag)
                {
                    return flag;
                }
            }

            return false;
        }

        private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
    }
}
