using System;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllTx.Serialization
{
    /// <summary>
    /// Hands System.Text.Json the converter the AllTx generator nests in every <see cref="UnionAttribute"/> union
    /// (<c>UnionJsonConverter</c>: <c>{"case": "&lt;case name&gt;", "value": …}</c>). A union needs it only where the
    /// generated <c>[JsonConverter]</c> is not seen: name it on the union,
    /// <c>[JsonConverter(typeof(UnionJsonConverterFactory))]</c>, when a source-generated
    /// <see cref="JsonSerializerContext"/> of the same project serialises the union.
    /// <see cref="UnionJsonSerializerOptionsExtensions.AddUnionConverters(JsonSerializerOptions)"/> registers it too.
    /// </summary>
    public sealed class UnionJsonConverterFactory : JsonConverterFactory
    {
        /// <summary>The name of the converter class the generator nests in every union.</summary>
        internal const string ConverterName = "UnionJsonConverter";

        /// <inheritdoc />
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsDefined(typeof(UnionAttribute), inherit: false) && ConverterOf(typeToConvert) is not null;

        /// <inheritdoc />
        /// <exception cref="InvalidOperationException">
        /// The union has no generated converter: the generator could not complete its declaration (its ATX9007-ATX9012
        /// diagnostic says why).
        /// </exception>
        [UnconditionalSuppressMessage(
            "Trimming",
            "IL2072:CreateInstance",
            Justification = "The generator marks every union [DynamicallyAccessedMembers(PublicNestedTypes)], which keeps the nested converter with its public parameterless constructor.")]
        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            ConverterOf(typeToConvert) is { } converter
                ? (JsonConverter)Activator.CreateInstance(converter)!
                : throw new InvalidOperationException(
                    $"Union {typeToConvert.FullName} has no generated {ConverterName}: the AllTx generator could not complete its declaration (see its ATX9007-ATX9012 diagnostic).");

        [UnconditionalSuppressMessage(
            "Trimming",
            "IL2070:GetNestedType",
            Justification = "The generator marks every union [DynamicallyAccessedMembers(PublicNestedTypes)], so trimming keeps its converter.")]
        private static Type? ConverterOf(Type union) =>
            union.GetNestedType(ConverterName, BindingFlags.Public) is { } converter && typeof(JsonConverter).IsAssignableFrom(converter)
                ? converter
                : null;
    }
}
