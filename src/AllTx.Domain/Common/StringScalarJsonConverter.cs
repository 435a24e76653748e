using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllTx.Domain
{
    /// <summary>
    /// Reads and writes a string value object as a JSON string. A value that breaks the value object's rule is a
    /// <see cref="JsonException"/> naming the concept and the rule.
    /// </summary>
    internal sealed class StringScalarJsonConverter<T> : JsonConverter<T>
        where T : class, IStringScalar<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string value = reader.TokenType == JsonTokenType.String
                ? reader.GetString()!
                : throw new JsonException($"{typeof(T).Name} must be a JSON string; got {reader.TokenType}.");
            return DomainJson.Create(() => T.From(value));
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
