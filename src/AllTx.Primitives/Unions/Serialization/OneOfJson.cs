using System;
using System.ComponentModel;
using System.Text.Json;

namespace AllTx.Serialization
{
    /// <summary>
    /// Reads and writes the JSON envelope of a <c>OneOf</c>: <c>{"case": "&lt;case name&gt;", "value": …}</c>, in any
    /// property order. Rejects anything else with a <see cref="JsonException"/> that names the union, the case and the
    /// allowed cases (System.Text.Json adds the JSON path). Called by the OneOf converter and by generated union
    /// converters only.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class OneOfJson
    {
        private static readonly JsonEncodedText CaseProperty = JsonEncodedText.Encode("case");
        private static readonly JsonEncodedText ValueProperty = JsonEncodedText.Encode("value");

        /// <summary>
        /// Reads the whole envelope object (leaving <paramref name="reader"/> on its end) and returns the index of the
        /// case it names; <paramref name="valueReader"/> is positioned on the first token of the value.
        /// </summary>
        /// <param name="reader">The reader, on the start of the envelope.</param>
        /// <param name="type">The union's name, for messages.</param>
        /// <param name="caseNames">The case names, in case order.</param>
        /// <param name="valueReader">A reader on the first token of the value.</param>
        /// <returns>The index of the case named.</returns>
        /// <exception cref="JsonException">Not an envelope of one of <paramref name="caseNames"/> with a value.</exception>
        public static int ReadEnvelope(ref Utf8JsonReader reader, string type, string[] caseNames, out Utf8JsonReader valueReader)
        {
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

        /// <summary>Rejects a <c>null</c> value: a case of a union always holds a value.</summary>
        /// <param name="valueReader">The reader on the value.</param>
        /// <param name="type">The union's name, for messages.</param>
        /// <param name="caseName">The case the envelope names.</param>
        /// <exception cref="JsonException">The value is <c>null</c>.</exception>
        public static void RejectNullValue(ref Utf8JsonReader valueReader, string type, string caseName)
        {
            if (valueReader.TokenType == JsonTokenType.Null)
            {
                throw new JsonException($"The JSON of {type} has case \"{caseName}\" with a null \"value\"; a case of a union holds a value.");
            }
        }

        /// <summary>Writes <c>{"case": "&lt;name&gt;", "value":</c>; the caller writes the value and closes the object.</summary>
        /// <param name="writer">The writer.</param>
        /// <param name="caseName">The name of the case held.</param>
        public static void WriteEnvelopeStart(Utf8JsonWriter writer, string caseName)
        {
            writer.WriteStartObject();
            writer.WriteString(CaseProperty, caseName);
            writer.WritePropertyName(ValueProperty);
        }
    }
}
