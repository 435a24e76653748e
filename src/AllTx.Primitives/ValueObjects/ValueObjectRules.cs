using System;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace AllTx
{
    /// <summary>
    /// The checks behind the declarative rules (<see cref="ValueRangeAttribute"/>, <see cref="ValuePatternAttribute"/>,
    /// <see cref="ValueLengthAttribute"/>, <see cref="NotEmptyAttribute"/>), called by generated value objects. Each check
    /// returns <see langword="null"/> for a valid value or a failed <see cref="Validation"/> naming the rule. The generated
    /// <c>From</c> first tests the rules as a <see langword="bool"/> (<see cref="IsNotNull"/>, relational patterns,
    /// <see cref="Matches"/>, <see cref="IsNotEmpty(string)"/>), inlined, so that creating a valid value costs what the same test written by hand
    /// costs; these checks then run only to describe a rejected value.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ValueObjectRules
    {
        /// <summary>How long a <see cref="ValuePatternAttribute"/> match may run before the value is rejected.</summary>
        public static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

        private static readonly Validation NullValue = Validation.Invalid("must not be null");
        private static readonly Validation EmptyValue = Validation.Invalid("must not be empty");

        /// <summary>Checks that <paramref name="value"/> lies in the range (NaN lies in no range).</summary>
        /// <typeparam name="T">A numeric type.</typeparam>
        /// <param name="value">The value to check.</param>
        /// <param name="minimum">The lower end.</param>
        /// <param name="minimumIsExclusive">Whether <paramref name="minimum"/> itself is rejected.</param>
        /// <param name="maximum">The upper end.</param>
        /// <param name="maximumIsExclusive">Whether <paramref name="maximum"/> itself is rejected.</param>
        /// <returns><see langword="null"/> or the broken range.</returns>
        public static Validation? Range<T>(T value, T minimum, bool minimumIsExclusive, T maximum, bool maximumIsExclusive)
            where T : IComparisonOperators<T, T, bool>, IFormattable =>
            (minimumIsExclusive ? value > minimum : value >= minimum) && (maximumIsExclusive ? value < maximum : value <= maximum)
                ? null
                : OutOfRange(minimum, minimumIsExclusive, maximum, maximumIsExclusive);

        /// <summary>The words for a range rule, shared with the compile-time check (ATX3003).</summary>
        /// <param name="minimum">The lower end as invariant text.</param>
        /// <param name="minimumIsExclusive">Whether the lower end is excluded.</param>
        /// <param name="maximum">The upper end as invariant text.</param>
        /// <param name="maximumIsExclusive">Whether the upper end is excluded.</param>
        /// <returns>For example "must be at least 0 and at most 100".</returns>
        public static string RangeRule(string minimum, bool minimumIsExclusive, string maximum, bool maximumIsExclusive) =>
            "must be " + (minimumIsExclusive ? "greater than " : "at least ") + minimum
            + (maximumIsExclusive ? " and less than " : " and at most ") + maximum;

        /// <summary>Creates the compiled pattern a generated value object keeps in a static field.</summary>
        /// <param name="pattern">The pattern of the <see cref="ValuePatternAttribute"/>.</param>
        /// <returns>A culture-invariant regular expression with <see cref="PatternTimeout"/>.</returns>
        public static Regex CreatePattern(string pattern) =>
            new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout);

        /// <summary>Checks that <paramref name="value"/> matches <paramref name="pattern"/>.</summary>
        /// <param name="value">The value to check.</param>
        /// <param name="pattern">The pattern from <see cref="CreatePattern(string)"/>.</param>
        /// <returns><see langword="null"/> or the broken pattern rule.</returns>
        public static Validation? Pattern(string value, Regex pattern)
        {
            try
            {
                return pattern.IsMatch(value) ? null : Validation.Invalid(PatternRule(pattern.ToString()));
            }
            catch (RegexMatchTimeoutException)
            {
                return Validation.Invalid(PatternRule(pattern.ToString()) + " (the check timed out)");
            }
        }

        /// <summary>Whether <paramref name="value"/> matches <paramref name="pattern"/> (a match that times out does not).</summary>
        /// <param name="value">The value to test.</param>
        /// <param name="pattern">The pattern from <see cref="CreatePattern(string)"/>.</param>
        /// <returns><see langword="true"/> when the value matches in time.</returns>
        public static bool Matches(string value, Regex pattern)
        {
            try
            {
                return pattern.IsMatch(value);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        /// <summary>The words for a pattern rule, shared with the compile-time check (ATX3003).</summary>
        /// <param name="pattern">The pattern.</param>
        /// <returns>For example "must match the pattern ^NCT\d{8}$".</returns>
        public static string PatternRule(string pattern) => "must match the pattern " + pattern;

        /// <summary>Checks the length of <paramref name="value"/>.</summary>
        /// <param name="value">The value to check.</param>
        /// <param name="minimumLength">The shortest allowed length.</param>
        /// <param name="maximumLength">The longest allowed length.</param>
        /// <returns><see langword="null"/> or the broken length rule.</returns>
        public static Validation? Length(string value, int minimumLength, int maximumLength) =>
            value.Length >= minimumLength && value.Length <= maximumLength ? null : WrongLength(value.Length, minimumLength, maximumLength);

        /// <summary>The words for a length rule, shared with the compile-time check (ATX3003).</summary>
        /// <param name="minimumLength">The shortest allowed length.</param>
        /// <param name="maximumLength">The longest allowed length.</param>
        /// <returns>For example "must be 1 to 64 characters long".</returns>
        public static string LengthRule(int minimumLength, int maximumLength) =>
            string.Create(CultureInfo.InvariantCulture, $"must be {minimumLength} to {maximumLength} characters long");

        /// <summary>Checks that a string is neither empty nor white space only.</summary>
        /// <param name="value">The value to check.</param>
        /// <returns><see langword="null"/> or the broken rule.</returns>
        public static Validation? NotEmpty(string value) => IsNotEmpty(value) ? null : EmptyValue;

        /// <summary>Whether a string is neither empty nor white space only.</summary>
        /// <param name="value">The value to test.</param>
        /// <returns><see langword="true"/> when the string has a non-white-space character.</returns>
        public static bool IsNotEmpty(string value) => !string.IsNullOrWhiteSpace(value);

        /// <summary>Checks that a <see cref="Guid"/> is not <see cref="Guid.Empty"/>.</summary>
        /// <param name="value">The value to check.</param>
        /// <returns><see langword="null"/> or the broken rule.</returns>
        public static Validation? NotEmpty(Guid value) => IsNotEmpty(value) ? null : EmptyValue;

        /// <summary>Whether a <see cref="Guid"/> is not <see cref="Guid.Empty"/>.</summary>
        /// <param name="value">The value to test.</param>
        /// <returns><see langword="true"/> for any other <see cref="Guid"/>.</returns>
        public static bool IsNotEmpty(Guid value) => value != Guid.Empty;

        /// <summary>Checks that a reference-type value is not null (every reference-type value object does this first).</summary>
        /// <param name="value">The value to check.</param>
        /// <returns><see langword="null"/> or the broken rule.</returns>
        public static Validation? NotNull(object? value) => value is null ? NullValue : null;

        /// <summary>
        /// Whether a reference-type value is not null. A method rather than <c>value is not null</c> in the generated code:
        /// the compiler's nullable analysis would then treat the value as maybe-null wherever the test had been false.
        /// </summary>
        /// <param name="value">The value to test.</param>
        /// <returns><see langword="true"/> for any non-null value.</returns>
        public static bool IsNotNull(object? value) => value is not null;

        /// <summary>The outcome of a value object's own <c>Validate</c> method in the form of the checks above.</summary>
        /// <param name="validation">What <c>Validate</c> returned.</param>
        /// <returns><see langword="null"/> for <see cref="Validation.Ok"/>, otherwise <paramref name="validation"/>.</returns>
        public static Validation? Custom(Validation validation) => validation.IsSuccess ? null : validation;

        // The failure paths stay out of line, so that the checks above stay small enough to inline (TryFrom returning the
        // broken rule runs them on every call).
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Validation OutOfRange<T>(T minimum, bool minimumIsExclusive, T maximum, bool maximumIsExclusive)
            where T : IFormattable =>
            Validation.Invalid(RangeRule(
                minimum.ToString(null, CultureInfo.InvariantCulture),
                minimumIsExclusive,
                maximum.ToString(null, CultureInfo.InvariantCulture),
                maximumIsExclusive));

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Validation WrongLength(int length, int minimumLength, int maximumLength) =>
            Validation.Invalid(LengthRule(minimumLength, maximumLength) + string.Create(CultureInfo.InvariantCulture, $" (it has {length})"));
    }
}
