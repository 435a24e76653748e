using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Transplant
{
    /// <summary>
    /// A day on a transplant's timeline, counted from day 0, the day of stem cell infusion: day −7 is a week before, day +60
    /// two months after. A day means nothing without its transplant, so it converts to and
    /// from calendar dates only through <see cref="TransplantTimeline"/>. JSON: "day +60", "day 0", "day -7".
    /// </summary>
    [JsonConverter(typeof(TransplantDayJsonConverter))]
    public readonly record struct TransplantDay : IComparable<TransplantDay>
    {
        internal TransplantDay(int offset)
        {
            Offset = offset;
        }

        /// <summary>Day 0, the day of infusion.</summary>
        public static TransplantDay DayZero => new(0);

        /// <summary>Days from day 0 (negative before infusion).</summary>
        public int Offset { get; }

        /// <summary>The day <paramref name="offset"/> days from day 0.</summary>
        /// <param name="offset">e.g. 60 for day +60, −7 for day −7.</param>
        /// <returns>The day.</returns>
        public static TransplantDay Of(int offset) => new(offset);

        /// <summary>Reads "day +60", "day 0", "day -7" (also "D+60" and "+60").</summary>
        /// <param name="text">The day.</param>
        /// <returns>The day.</returns>
        /// <exception cref="DomainValidationException">Not a transplant day.</exception>
        public static TransplantDay Parse(string text)
        {
            string trimmed = (text ?? string.Empty).Trim().Replace('−', '-');
            string number = trimmed.StartsWith("day", StringComparison.OrdinalIgnoreCase) ? trimmed[3..].Trim()
                : trimmed.StartsWith('D') || trimmed.StartsWith('d') ? trimmed[1..].Trim()
                : trimmed;
            return int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int offset)
                ? new TransplantDay(offset)
                : throw new DomainValidationException(nameof(TransplantDay), "must be written like \"day +60\", \"day 0\" or \"day -7\"", text is null ? "null" : "\"" + text + "\"", nameof(text));
        }

        /// <inheritdoc />
        public int CompareTo(TransplantDay other) => Offset.CompareTo(other.Offset);

        /// <summary>"day +60", "day 0", "day -7".</summary>
        /// <returns>The day.</returns>
        public override string ToString() =>
            "day " + (Offset > 0 ? "+" : string.Empty) + Offset.ToString(CultureInfo.InvariantCulture);

        /// <summary>True when <paramref name="left"/> is earlier.</summary>
        /// <param name="left">A day.</param>
        /// <param name="right">Another day.</param>
        /// <returns>The comparison.</returns>
        public static bool operator <(TransplantDay left, TransplantDay right) => left.Offset < right.Offset;

        /// <summary>True when <paramref name="left"/> is later.</summary>
        /// <param name="left">A day.</param>
        /// <param name="right">Another day.</param>
        /// <returns>The comparison.</returns>
        public static bool operator >(TransplantDay left, TransplantDay right) => left.Offset > right.Offset;

        /// <summary>True when <paramref name="left"/> is the same day or earlier.</summary>
        /// <param name="left">A day.</param>
        /// <param name="right">Another day.</param>
        /// <returns>The comparison.</returns>
        public static bool operator <=(TransplantDay left, TransplantDay right) => left.Offset <= right.Offset;

        /// <summary>True when <paramref name="left"/> is the same day or later.</summary>
        /// <param name="left">A day.</param>
        /// <param name="right">Another day.</param>
        /// <returns>The comparison.</returns>
        public static bool operator >=(TransplantDay left, TransplantDay right) => left.Offset >= right.Offset;

        private sealed class TransplantDayJsonConverter : JsonConverter<TransplantDay>
        {
            public override TransplantDay Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                reader.TokenType == JsonTokenType.String && reader.GetString() is { } text
                    ? DomainJson.Create(() => Parse(text))
                    : throw new JsonException($"{nameof(TransplantDay)} must be a JSON string such as \"day +60\"; got {reader.TokenType}.");

            public override void Write(Utf8JsonWriter writer, TransplantDay value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
        }
    }
}
