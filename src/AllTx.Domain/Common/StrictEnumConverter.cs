using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllTx.Domain
{
    /// <summary>
    /// Writes a domain enumeration as its member name (a <see cref="FlagsAttribute"/> enumeration as "A, B") and reads only
    /// defined member names (case-sensitive): numbers and unknown names are refused with a <see cref="JsonException"/> that
    /// names the enumeration, the value given, the allowed names and the field's path, so an undefined value such as 99
    /// never enters the domain.
    /// </summary>
    internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly string AllowedNames = string.Join(", ", Enum.GetNames<TEnum>());

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String
                ? Parse(reader.GetString())
                : throw new FieldJsonException(
                    $"A {typeof(TEnum).Name} is written as one of its names ({AllowedNames}), not as {reader.TokenType}.");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(NameOf(value));

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WritePropertyName(NameOf(value));

        private static TEnum Parse(string? text) =>
            text is not null && AreMemberNames(text) && Enum.TryParse(text, ignoreCase: false, out TEnum value)
                ? value
                : throw new FieldJsonException($"'{text}' is not a valid {typeof(TEnum).Name}: allowed values are {AllowedNames}.");

        private static readonly bool IsFlags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), inherit: false);

        // Enum.TryParse also accepts numbers and, for any enumeration, comma-separated lists; only declared names are
        // values, and a list only where the enumeration is [Flags].
        private static bool AreMemberNames(string text)
        {
            string[] parts = IsFlags ? text.Split(',', StringSplitOptions.TrimEntries) : [text];
            return Array.TrueForAll(parts, part => Array.IndexOf(Enum.GetNames<TEnum>(), part) >= 0);
        }

        private static string NameOf(TEnum value) =>
            AreMemberNames(value.ToString())
                ? value.ToString()
                : throw new FieldJsonException($"{value} is not a defined {typeof(TEnum).Name}: allowed values are {AllowedNames}.");
    }
}
