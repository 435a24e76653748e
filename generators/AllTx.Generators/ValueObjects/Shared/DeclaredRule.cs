using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AllTx.CodeAnalysis.ValueObjects
{
    /// <summary>The kinds of declarative rule attribute.</summary>
    internal enum DeclaredRuleKind
    {
        Range,
        Pattern,
        Length,
        NotEmpty,
    }

    /// <summary>
    /// One declarative rule of a value object, as an equatable model (the generator emits it; the analyzers evaluate
    /// constants against it). <see cref="Describe"/> is the one home of the rule texts: the generated check embeds them.
    /// Shared source: compiled into both the generator and the analyzers.
    /// </summary>
    internal sealed record DeclaredRule(
        DeclaredRuleKind Kind,
        string Minimum = "",
        bool MinimumIsExclusive = false,
        string Maximum = "",
        bool MaximumIsExclusive = false,
        string Pattern = "",
        int MinimumLength = 0,
        int MaximumLength = 0)
    {
        internal static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

        /// <summary>The rule in words, as the run-time error names it.</summary>
        internal string Describe()
        {
            switch (Kind)
            {
                case DeclaredRuleKind.Range:
                    return "must be " + (MinimumIsExclusive ? "greater than " : "at least ") + Minimum
                        + (MaximumIsExclusive ? " and less than " : " and at most ") + Maximum;
                case DeclaredRuleKind.Pattern:
                    return "must match the pattern " + Pattern;
                case DeclaredRuleKind.Length:
                    return string.Format(CultureInfo.InvariantCulture, "must be {0} to {1} characters long", MinimumLength, MaximumLength);
                default:
                    return "must not be empty";
            }
        }

        /// <summary>
        /// Checks a value converted by <see cref="ConstantConversion"/>; returns the broken rule in words, or null when
        /// the value passes or cannot be judged at compile time.
        /// </summary>
        internal string? Check(object value)
        {
            switch (Kind)
            {
                case DeclaredRuleKind.Range:
                    return InRange(value) ?? true ? null : Describe();
                case DeclaredRuleKind.Pattern when value is string text:
                    return Matches(text) ?? true ? null : Describe();
                case DeclaredRuleKind.Length when value is string text:
                    return text.Length >= MinimumLength && text.Length <= MaximumLength
                        ? null
                        : Describe() + string.Format(CultureInfo.InvariantCulture, " (it has {0})", text.Length);
                case DeclaredRuleKind.NotEmpty when value is string text:
                    return string.IsNullOrWhiteSpace(text) ? Describe() : null;
                case DeclaredRuleKind.NotEmpty when value is Guid guid:
                    return guid == Guid.Empty ? Describe() : null;
                default:
                    return null;
            }
        }

        private bool? InRange(object value)
        {
            int belowMinimum;
            int aboveMaximum;
            if (value is decimal number)
            {
                belowMinimum = number.CompareTo(decimal.Parse(Minimum, NumberStyles.Float, CultureInfo.InvariantCulture));
                aboveMaximum = number.CompareTo(decimal.Parse(Maximum, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
            else if (value is double floating)
            {
                belowMinimum = floating.CompareTo(double.Parse(Minimum, NumberStyles.Float, CultureInfo.InvariantCulture));
                aboveMaximum = floating.CompareTo(double.Parse(Maximum, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
            else
            {
                return null;
            }

            return (MinimumIsExclusive ? belowMinimum > 0 : belowMinimum >= 0)
                && (MaximumIsExclusive ? aboveMaximum < 0 : aboveMaximum <= 0);
        }

        private bool? Matches(string text)
        {
            try
            {
                return Regex.IsMatch(text, Pattern, RegexOptions.CultureInvariant, PatternTimeout);
            }
            catch (ArgumentException)
            {
                return null;
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }
    }
}
