using System;
using System.Globalization;
using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Dosing
{
    /// <summary>
    /// A day of a treatment cycle, counted from 1 (day 1 is the first day of the cycle) to 366, as labels write it
    /// ("days 8 and 15", <see cref="SourceReference.InotuzumabLabel"/>). A generated value object; JSON is the day number.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<CycleDay, int>))]
    [ValueObject<int>]
    [ValueRange(1, 366)]
    public readonly partial struct CycleDay : IValueObject<CycleDay, int>, IFormattable, ISpanFormattable, IUtf8SpanFormattable
    {
        private static partial Validation Validate(int value);

        /// <inheritdoc/>
        public partial string ToString(string? format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <inheritdoc/>
        public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

        /// <summary>"day 8".</summary>
        /// <returns>The day in words.</returns>
        public override string ToString() =>
            IsInitialized() ? "day " + _value.ToString(CultureInfo.InvariantCulture) : ValueObjectSupport.UninitializedText;

        /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
        /// <param name="left">The first day.</param>
        /// <param name="right">The second day.</param>
        /// <returns>The comparison of their values.</returns>
        public static bool operator <(CycleDay left, CycleDay right) => left.Value < right.Value;

        /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
        /// <param name="left">The first day.</param>
        /// <param name="right">The second day.</param>
        /// <returns>The comparison of their values.</returns>
        public static bool operator >(CycleDay left, CycleDay right) => left.Value > right.Value;

        /// <summary>Whether <paramref name="left"/> comes before or equals <paramref name="right"/>.</summary>
        /// <param name="left">The first day.</param>
        /// <param name="right">The second day.</param>
        /// <returns>The comparison of their values.</returns>
        public static bool operator <=(CycleDay left, CycleDay right) => left.Value <= right.Value;

        /// <summary>Whether <paramref name="left"/> comes after or equals <paramref name="right"/>.</summary>
        /// <param name="left">The first day.</param>
        /// <param name="right">The second day.</param>
        /// <returns>The comparison of their values.</returns>
        public static bool operator >=(CycleDay left, CycleDay right) => left.Value >= right.Value;
    }
}
