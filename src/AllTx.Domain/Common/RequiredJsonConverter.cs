using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AllTx.Domain
{
    /// <summary>
    /// Put on a property that must hold a value, typically a field of a union case built through its primary constructor:
    /// a JSON <c>null</c> becomes a <see cref="JsonException"/> naming the type, the rule and the field's path, instead of
    /// reaching the constructor (where it would surface as an <see cref="ArgumentNullException"/>, or be accepted). Any
    /// other value is read and written with the options' own contract for <typeparamref name="T"/>. On a struct value
    /// object it adds the field's path to the message that the value object's own converter gives without one.
    /// </summary>
    /// <typeparam name="T">The property's type: a reference type or a struct value object.</typeparam>
    internal sealed class RequiredJsonConverter<T> : JsonConverter<T>
    {
        public override bool HandleNull => true;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null
                ? throw new FieldJsonException(ValueObjectValidationException.FormatMessage(typeof(T), "null", "a value is required"))
                : JsonSerializer.Deserialize(ref reader, TypeInfo(options))!;

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, TypeInfo(options));

        private static JsonTypeInfo<T> TypeInfo(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }
}
