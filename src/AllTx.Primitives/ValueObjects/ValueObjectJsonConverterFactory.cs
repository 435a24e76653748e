using System;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllTx
{
    /// <summary>
    /// Makes a source-generated <see cref="JsonSerializerContext"/> use the value objects' own converters. Source
    /// generators cannot see each other's output, so System.Text.Json's generator does not see the
    /// <see cref="JsonConverterAttribute"/> that the AllTx generator puts on each value object and would otherwise treat
    /// it as an empty object. Register this factory once per context:
    /// <c>[JsonSourceGenerationOptions(Converters = new[] { typeof(ValueObjectJsonConverterFactory) })]</c>
    /// (or add it to <see cref="JsonSerializerOptions.Converters"/>). Reflection-based serialization needs nothing.
    /// The factory only reads the attribute and creates the converter it names, so it is trimming-safe.
    /// </summary>
    public sealed class ValueObjectJsonConverterFactory : JsonConverterFactory
    {
        private static readonly ConcurrentDictionary<Type, JsonConverterAttribute?> Attributes = new();

        /// <inheritdoc />
        public override bool CanConvert(Type typeToConvert) => ValueObjectConverterAttribute(typeToConvert) is not null;

        /// <inheritdoc />
        public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        {
            Type? converterType = ValueObjectConverterAttribute(typeToConvert)?.ConverterType;
            return converterType is null ? null : (JsonConverter?)Activator.CreateInstance(converterType);
        }

        private static JsonConverterAttribute? ValueObjectConverterAttribute(Type type) =>
            Attributes.GetOrAdd(type, static candidate =>
            {
                JsonConverterAttribute? attribute = candidate.GetCustomAttribute<JsonConverterAttribute>(inherit: false);
                return attribute?.ConverterType is { IsGenericType: true } converterType
                    && converterType.GetGenericTypeDefinition() == typeof(ValueObjectJsonConverter<,>)
                        ? attribute
                        : null;
            });
    }
}
