using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllTx.Serialization
{
    /// <summary>
    /// The System.Text.Json converter of every <c>AllTx.OneOf&lt;T0, …&gt;</c> (to be removed with those types; OneOf.OneOf has <see cref="OneOfJsonConverterFactory"/>) (applied by an attribute on the type, so nothing
    /// needs registering). Writes <c>{"case": "&lt;case type name&gt;", "value": …}</c>, where the case name is the short
    /// type name (<c>Int32</c>, <c>List&lt;String&gt;</c>), namespace-qualified if two cases share it, or <c>T0</c>, <c>T1</c>,
    /// … if two cases have the same type. Reading rejects a missing or unknown case with a <see cref="JsonException"/>
    /// that lists the allowed cases.
    /// </summary>
    internal sealed partial class LegacyOneOfJsonConverterFactory : JsonConverterFactory
    {
        /// <inheritdoc />
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsConstructedGenericType && ConverterDefinitionFor(typeToConvert.GetGenericTypeDefinition()) is not null;

        /// <inheritdoc />
        [UnconditionalSuppressMessage(
            "Trimming",
            "IL2055:MakeGenericType",
            Justification = "The converter definitions come from typeof() in the generated table and their type parameters carry no DynamicallyAccessedMembers requirements.")]
        [UnconditionalSuppressMessage(
            "Trimming",
            "IL2072:CreateInstance",
            Justification = "ConverterDefinitionFor keeps the public parameterless constructor of every converter definition; closing it over type arguments keeps that constructor.")]
        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        {
            Type definition = (typeToConvert.IsConstructedGenericType ? ConverterDefinitionFor(typeToConvert.GetGenericTypeDefinition()) : null)
                ?? throw new ArgumentException($"{typeToConvert} is not an AllTx.OneOf type.", nameof(typeToConvert));
            return (JsonConverter)Activator.CreateInstance(definition.MakeGenericType(typeToConvert.GetGenericArguments()))!;
        }

        /// <summary>The open converter type for an open <c>OneOf</c> type, or null for any other type (generated).</summary>
        [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)]
        private static partial Type? ConverterDefinitionFor(Type oneOfDefinition);
    }
}
