using System;
using System.ComponentModel;
using System.Globalization;

namespace AllTx
{
    /// <summary>
    /// Helpers that the AllTx generators' code calls for Vogen value objects: the texts for uninitialised and redacted
    /// values, how a rejected value is described, and writing a fixed text into a span.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ValueObjectSupport
    {
        /// <summary>What <c>ToString()</c> returns for an instance that was never created through validation.</summary>
        public const string UninitializedText = "[UNINITIALIZED]";

        /// <summary>What <c>ToString()</c> returns for a <see cref="SensitiveAttribute"/> value object.</summary>
        public const string RedactedText = "[REDACTED]";

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

        /// <summary>Writes a text (a value object's own text, or the redacted text) into a UTF-8 span.</summary>
        /// <param name="text">The text.</param>
        /// <param name="utf8Destination">Where to write.</param>
        /// <param name="bytesWritten">How many bytes were written.</param>
        /// <returns>Whether the text fitted.</returns>
        public static bool TryWriteUtf8(string text, Span<byte> utf8Destination, out int bytesWritten) =>
            System.Text.Encoding.UTF8.TryGetBytes(text, utf8Destination, out bytesWritten);
    }
}
