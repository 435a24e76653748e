using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AllTx
{
    /// <summary>
    /// A System.Text.Json converter for a Vogen value object that implements <see cref="IValueObject{TSelf, TValue}"/>, put
    /// on it with <c>[JsonConverter(typeof(ValueObjectJsonConverter&lt;X, T&gt;))]</c> and Vogen's System.Text.Json
    /// conversion turned off (AllTx.Domain does this for every value object). It reads the underlying value and validates
    /// it through <c>From</c>; an invalid value, or a JSON null, is a <see cref="JsonException"/> whose message names the
    /// type, the value and the rule and whose path names the field. Vogen 8.0.7's own converter loses both: it throws
    /// "The JSON value could not be converted to X" (the rule only in the inner exception) and, for a null in a struct
    /// value object, reports the path as "$" instead of the field (tried). It writes the underlying value (the real value,
    /// also for <see cref="SensitiveAttribute"/> types). Works with source-generated <see cref="JsonSerializerContext"/>s
    /// (the built-in underlying types need no metadata) and for dictionary keys.
    /// </summary>
    /// <typeparam name="TSelf">The value-object type.</typeparam>
    /// <typeparam name="TValue">The underlying type.</typeparam>
    public sealed class ValueObjectJsonConverter<TSelf, TValue> : JsonConverter<TSelf>
        where TSelf : IValueObject<TSelf, TValue>
    {
        private static readonly JsonConverter<TValue>? BuiltIn = BuiltInJsonConverters.For<TValue>();

        /// <inheritdoc />
        public override TSelf Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonException(
                    ValueObjectValidationException.FormatMessage(typeof(TSelf), "null", "a value is required"));
            }

            TValue value = BuiltIn is null
                ? JsonSerializer.Deserialize(ref reader, TypeInfo(options))!
                : BuiltIn.Read(ref reader, typeof(TValue), options)!;
            return Create(value);
        }

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, TSelf value, JsonSerializerOptions options)
        {
            TValue underlying = ValueOf(value);
            if (BuiltIn is null)
            {
                JsonSerializer.Serialize(writer, underlying, TypeInfo(options));
            }
            else
            {
                BuiltIn.Write(writer, underlying, options);
            }
        }

        /// <inheritdoc />
        public override TSelf ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Create(Converter(options).ReadAsPropertyName(ref reader, typeof(TValue), options));

        /// <inheritdoc />
        public override void WriteAsPropertyName(Utf8JsonWriter writer, TSelf value, JsonSerializerOptions options) =>
            Converter(options).WriteAsPropertyName(writer, ValueOf(value)!, options);

        private static TSelf Create(TValue value)
        {
            try
            {
                return TSelf.From(value);
            }
            catch (ValueObjectValidationException rejected)
            {
                throw new JsonException(rejected.Message, rejected);
            }
        }

        private static TValue ValueOf(TSelf valueObject) =>
            valueObject.IsInitialized()
                ? valueObject.Value
                : throw new JsonException($"An uninitialised {typeof(TSelf).Name} cannot be written as JSON: it has no value.");

        private static JsonTypeInfo<TValue> TypeInfo(JsonSerializerOptions options) =>
            (JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue));

        private static JsonConverter<TValue> Converter(JsonSerializerOptions options) =>
            BuiltIn ?? (JsonConverter<TValue>)TypeInfo(options).Converter;
    }
}
