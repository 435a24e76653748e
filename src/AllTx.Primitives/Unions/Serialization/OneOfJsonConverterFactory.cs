using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllTx.Serialization
{
    /// <summary>
    /// The System.Text.Json converter of every <c>OneOf.OneOf&lt;T0, …, T8&gt;</c> of the OneOf package: writes
    /// <c>{"case": "&lt;case type name&gt;", "value": …}</c>, where the case name is the short type name (<c>Int32</c>,
    /// <c>List&lt;String&gt;</c>), namespace-qualified if two cases share it, or <c>T0</c>, <c>T1</c>, … if two cases have
    /// the same type. Without it, System.Text.Json throws when writing a OneOf and silently reads any object as
    /// <c>default</c> (its first case holding null). Register it with
    /// <see cref="UnionJsonSerializerOptionsExtensions.AddUnionConverters(JsonSerializerOptions)"/>, or name it in
    /// <see cref="JsonSourceGenerationOptionsAttribute.Converters"/> of a source-generated context.
    /// </summary>
    public sealed class OneOfJsonConverterFactory : JsonConverterFactory
    {
        private static readonly Type[] Definitions =
        {
            typeof(global::OneOf.OneOf<>),
            typeof(global::OneOf.OneOf<,>),
            typeof(global::OneOf.OneOf<,,>),
            typeof(global::OneOf.OneOf<,,,>),
            typeof(global::OneOf.OneOf<,,,,>),
            typeof(global::OneOf.OneOf<,,,,,>),
            typeof(global::OneOf.OneOf<,,,,,,>),
            typeof(global::OneOf.OneOf<,,,,,,,>),
            typeof(global::OneOf.OneOf<,,,,,,,,>),
        };

        /// <inheritdoc />
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsConstructedGenericType && Array.IndexOf(Definitions, typeToConvert.GetGenericTypeDefinition()) >= 0;

        /// <inheritdoc />
        [UnconditionalSuppressMessage(
            "Trimming",
            "IL2071:MakeGenericType",
            Justification = "OneOfJsonConverter's type parameter needs OneOf's public methods (FromT0…); the DynamicDependency attributes keep them on every OneOf arity.")]
        [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(global::OneOf.OneOf<>))]
        [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(global::OneOf.OneOf<,>))]
        [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(global::OneOf.OneOf<,,>))]
        [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(global::OneOf.OneOf<,,,>))]
        [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(global::OneOf.OneOf<,,,,>))]
        [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(global::OneOf.OneOf<,,,,,>))]
        [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(global::OneOf.OneOf<,,,,,,>))]
        [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(global::OneOf.OneOf<,,,,,,,>))]
        [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(global::OneOf.OneOf<,,,,,,,,>))]
        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        {
            if (!CanConvert(typeToConvert))
            {
                throw new ArgumentException($"{typeToConvert} is not a OneOf.OneOf<…> type.", nameof(typeToConvert));
            }

            return (JsonConverter)Activator.CreateInstance(typeof(OneOfJsonConverter<>).MakeGenericType(typeToConvert))!;
        }
    }
}
