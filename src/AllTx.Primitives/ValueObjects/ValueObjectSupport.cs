using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AllTx
{
    /// <summary>
    /// Helpers that generated value objects call, so that each generated type stays small: failure exceptions, the
    /// texts for uninitialised and redacted values, and constrained calls for formatting and parsing the underlying value.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ValueObjectSupport
    {
        /// <summary>What <c>ToString()</c> returns for an instance that was never created through validation.</summary>
        public const string UninitializedText = "[UNINITIALIZED]";

        /// <summary>What <c>ToString()</c> returns for a <see cref="SensitiveAttribute"/> value object.</summary>
        public const string RedactedText = "[REDACTED]";

        private const string UninitializedRule =
            "it was never initialised (made with default or new() instead of From, TryFrom or Parse), so it has no value";

        /// <summary>Creates the exception for a rejected value.</summary>
        /// <typeparam name="TValue">The underlying type.</typeparam>
        /// <param name="valueObjectType">The value-object type.</param>
        /// <param name="value">The rejected value.</param>
        /// <param name="validation">
        /// The failed validation; null only when a rule's test rejected the value and its check then passed (a pattern match
        /// that timed out once, a <c>Validate</c> that depends on more than the value), reported as a plain "is invalid".
        /// </param>
        /// <param name="sensitive">Whether the value must not appear in the message.</param>
        /// <returns>The exception naming the type, the value and the rule.</returns>
        public static ValueObjectValidationException CreateException<TValue>(
            Type valueObjectType,
            TValue value,
            Validation? validation,
            bool sensitive) =>
            new ValueObjectValidationException(
                valueObjectType,
                Describe(value, sensitive),
                validation?.ErrorMessage ?? "is invalid",
                validation?.Data);

        /// <summary>Throws because an uninitialised value object's value was read.</summary>
        /// <typeparam name="TSelf">The value-object type.</typeparam>
        /// <typeparam name="TValue">The underlying type.</typeparam>
        /// <returns>Never returns.</returns>
        [DoesNotReturn]
        public static TValue ThrowUninitialized<TSelf, TValue>() =>
            throw new ValueObjectValidationException(typeof(TSelf), UninitializedText, UninitializedRule);

        /// <summary>The value as it appears in error messages: quoted, invariant, or redacted.</summary>
        /// <typeparam name="TValue">The underlying type.</typeparam>
        /// <param name="value">The value.</param>
        /// <param name="sensitive">Whether to redact it.</param>
        /// <returns>For example <c>'150'</c>, <c>null</c> or <c>[REDACTED]</c>.</returns>
        public static string Describe<TValue>(TValue value, bool sensitive)
        {
            if (sensitive)
            {
                return RedactedText;
            }

            string? text = value is IFormattable formattable
                ? formattable.ToString(null, CultureInfo.InvariantCulture)
                : value?.ToString();
            return text is null ? "null" : "'" + text + "'";
        }

        /// <summary>The text of a sensitive value object: redacted, or uninitialised.</summary>
        /// <param name="isInitialized">Whether the instance holds a value.</param>
        /// <returns><see cref="RedactedText"/> or <see cref="UninitializedText"/>.</returns>
        public static string Redacted(bool isInitialized) => isInitialized ? RedactedText : UninitializedText;

        /// <summary>Formats an underlying value (a constrained call: no boxing, works for explicit implementations).</summary>
        /// <typeparam name="T">The underlying type.</typeparam>
        /// <param name="value">The value.</param>
        /// <param name="format">The format string.</param>
        /// <param name="provider">The format provider.</param>
        /// <returns>The formatted value.</returns>
        public static string Format<T>(T value, string? format, IFormatProvider? provider)
            where T : IFormattable => value.ToString(format, provider);

        /// <summary>Formats an underlying value into a span (a constrained call).</summary>
        /// <typeparam name="T">The underlying type.</typeparam>
        /// <param name="value">The value.</param>
        /// <param name="destination">Where to write.</param>
        /// <param name="charsWritten">How many characters were written.</param>
        /// <param name="format">The format.</param>
        /// <param name="provider">The format provider.</param>
        /// <returns>Whether the value fitted.</returns>
        public static bool TryFormat<T>(
            T value,
            Span<char> destination,
            out int charsWritten,
            ReadOnlySpan<char> format,
            IFormatProvider? provider)
            where T : ISpanFormattable => value.TryFormat(destination, out charsWritten, format, provider);

        /// <summary>Writes a fixed text (the uninitialised or redacted text) into a span.</summary>
        /// <param name="text">The text.</param>
        /// <param name="destination">Where to write.</param>
        /// <param name="charsWritten">How many characters were written.</param>
        /// <returns>Whether the text fitted.</returns>
        public static bool TryWrite(string text, Span<char> destination, out int charsWritten)
        {
            bool fits = text.AsSpan().TryCopyTo(destination);
            charsWritten = fits ? text.Length : 0;
            return fits;
        }

        /// <summary>Parses an underlying value (a constrained call; works for explicit implementations such as string's).</summary>
        /// <typeparam name="T">The underlying type.</typeparam>
        /// <param name="text">The text.</param>
        /// <param name="provider">The format provider.</param>
        /// <returns>The parsed value.</returns>
        public static T Parse<T>(string text, IFormatProvider? provider)
            where T : IParsable<T> => T.Parse(text, provider);

        /// <summary>Tries to parse an underlying value.</summary>
        /// <typeparam name="T">The underlying type.</typeparam>
        /// <param name="text">The text.</param>
        /// <param name="provider">The format provider.</param>
        /// <param name="value">The parsed value.</param>
        /// <returns>Whether the text was parsed.</returns>
        public static bool TryParse<T>(
            [NotNullWhen(true)] string? text,
            IFormatProvider? provider,
            [MaybeNullWhen(false)] out T value)
            where T : IParsable<T> => T.TryParse(text, provider, out value);

        /// <summary>Parses an underlying value from a span.</summary>
        /// <typeparam name="T">The underlying type.</typeparam>
        /// <param name="text">The text.</param>
        /// <param name="provider">The format provider.</param>
        /// <returns>The parsed value.</returns>
        public static T Parse<T>(ReadOnlySpan<char> text, IFormatProvider? provider)
            where T : ISpanParsable<T> => T.Parse(text, provider);

        /// <summary>Tries to parse an underlying value from a span.</summary>
        /// <typeparam name="T">The underlying type.</typeparam>
        /// <param name="text">The text.</param>
        /// <param name="provider">The format provider.</param>
        /// <param name="value">The parsed value.</param>
        /// <returns>Whether the text was parsed.</returns>
        public static bool TryParse<T>(ReadOnlySpan<char> text, IFormatProvider? provider, [MaybeNullWhen(false)] out T value)
            where T : ISpanParsable<T> => T.TryParse(text, provider, out value);
    }
}
