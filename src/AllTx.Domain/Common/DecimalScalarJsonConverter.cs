using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllTx.Domain
{
    /// <summary>
    /// Reads and writes a decimal value object as a JSON number; a JSON string is read with the invariant culture. A value
    /// that breaks the value object's rule is a <see cref="JsonException"/> naming the concept and the rule.
    /// </summary>
    internal sealed class DecimalScalarJsonConverter<T> : JsonConverter<T>
        where T : class, IDecimalScalar<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            decimal value = reader.TokenType switch
            {
                JsonTokenType.Number => reader.GetDecimal(),
                JsonTokenType.String when decimal.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal parsed) => parsed,
                _ => throw new JsonException($"{typeof(T).Name} must be a JSON number; got {reader.TokenType}."),
            };
            return DomainJson.Create(() => T.From(value));
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(value.Value);
    }
}
