using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AllTx.Serialization
{
    /// <summary>
    /// Reads and writes the JSON envelope of a <c>OneOf</c>: <c>{"case": "&lt;case name&gt;", "value": …}</c>, in any
    /// property order. Rejects anything else with a <see cref="JsonException"/> that names the allowed cases.
    /// </summary>
    internal static class OneOfJson
    {
        private static readonly JsonEncodedText CaseProperty = JsonEncodedText.Encode("case");
        private static readonly JsonEncodedText ValueProperty = JsonEncodedText.Encode("value");

        /// <summary>
        /// Reads the whole envelope object (leaving <paramref name="reader"/> on its end) and returns the index of the
        /// case it names; <paramref name="valueReader"/> is positioned on the first token of the value.
        /// </summary>
        internal static int ReadEnvelope(ref Utf8JsonReader reader, string[] caseNames, out Utf8JsonReader valueReader)
        {
            string type = OneOfCaseNames.Display(caseNames);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException(
                    $"Expected a JSON object {{\"case\": ..., \"value\": ...}} for {type}, but found {reader.TokenType}.");
            }

            string? caseName = null;
            bool hasValue = false;
            valueReader = default;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(CaseProperty.EncodedUtf8Bytes))
                {
                    if (caseName is not null)
                    {
                        throw new JsonException($"The JSON of {type} has more than one \"case\" property.");
                    }

                    reader.Read();
                    caseName = reader.TokenType == JsonTokenType.String
                        ? reader.GetString()!
                        : throw new JsonException($"The \"case\" of {type} must be a string, one of {OneOfCaseNames.List(caseNames)}; found {reader.TokenType}.");
                }
                else if (reader.ValueTextEquals(ValueProperty.EncodedUtf8Bytes))
                {
                    if (hasValue)
                    {
                        throw new JsonException($"The JSON of {type} has more than one \"value\" property.");
                    }

                    reader.Read();
                    valueReader = reader;
                    hasValue = true;
                    reader.Skip();
                }
                else
                {
                    throw new JsonException(
                        $"The JSON of {type} has an unexpected property \"{reader.GetString()}\"; only \"case\" and \"value\" are allowed.");
                }
            }

            if (caseName is null)
            {
                throw new JsonException(
                    $"The JSON of {type} has no \"case\" property; it must name one of {OneOfCaseNames.List(caseNames)}.");
            }

            int index = Array.IndexOf(caseNames, caseName);
            if (index < 0)
            {
                throw new JsonException(
                    $"The JSON of {type} has the unknown case \"{caseName}\"; allowed cases are {OneOfCaseNames.List(caseNames)}.");
            }

            return hasValue
                ? index
                : throw new JsonException($"The JSON of {type} has case \"{caseName}\" but no \"value\" property.");
        }

        /// <summary>
        /// Reads the value of a case with the caller's options (through their type-info resolver, so source-generated
        /// contexts and trimming work).
        /// </summary>
        internal static T ReadValue<T>(ref Utf8JsonReader valueReader, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize(ref valueReader, TypeInfo<T>(options))!;

        /// <summary>Writes the value of a case with the caller's options.</summary>
        internal static void WriteValue<T>(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, TypeInfo<T>(options));

        private static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) =>
            (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

        /// <summary>Writes <c>{"case": "&lt;name&gt;", "value":</c>; the caller writes the value and closes the object.</summary>
        internal static void WriteEnvelopeStart(Utf8JsonWriter writer, string[] caseNames, int index)
        {
            if (index < 0)
            {
                throw OneOfErrors.NoCase(caseNames);
            }

            writer.WriteStartObject();
            writer.WriteString(CaseProperty, caseNames[index]);
            writer.WritePropertyName(ValueProperty);
        }
    }
}
