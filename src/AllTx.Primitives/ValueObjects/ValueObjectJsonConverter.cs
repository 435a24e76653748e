using System;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AllTx
{
    /// <summary>
    /// The System.Text.Json converter of every generated value object: it reads the underlying value and validates it
    /// (an invalid value or a JSON null for a struct is a <see cref="JsonException"/> naming the type and the rule), and
    /// writes the underlying value (the real value, also for <see cref="SensitiveAttribute"/> types). Works with
    /// source-generated <see cref="JsonSerializerContext"/>s: the built-in underlying types need no metadata, any other
    /// underlying type is read through the options' type info. Also usable for dictionary keys.
    /// </summary>
    /// <typeparam name="TSelf">The value-object type.</typeparam>
    /// <typeparam name="TValue">The underlying type.</typeparam>
    public sealed class ValueObjectJsonConverter<TSelf, TValue> : JsonConverter<TSelf>
        where TSelf : IValueObject<TSelf, TValue>
    {
        private static readonly JsonConverter<TValue>? BuiltIn = BuiltInJsonConverters.For<TValue>();
        private static readonly bool Sensitive = typeof(TSelf).IsDefined(typeof(SensitiveAttribute), inherit: false);

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

        // The bool TryFrom is the fast path (it inlines the declarative tests); the one returning the broken rule runs only
        // to describe a rejected value.
        private static TSelf Create(TValue value) =>
            TSelf.TryFrom(value, out TSelf? valueObject) ? valueObject : throw Rejected(value);

        private static JsonException Rejected(TValue value)
        {
            ValueObjectOrError<TSelf> result = TSelf.TryFrom(value);
            ValueObjectValidationException inner = ValueObjectSupport.CreateException(
                typeof(TSelf),
                value,
                result.IsSuccess ? null : result.Error,
                Sensitive);
            return new JsonException(inner.Message, inner);
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
