using System;
using System.ComponentModel;
using System.Text.Json;

namespace AllTx.Serialization
{
    /// <summary>
    /// JSON support for <see cref="UnionAttribute"/> unions, called by the generated converters: a union value is its
    /// case's JSON object with a leading <c>"kind"</c> property (the camel-case case name). Called by generated code only.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class UnionJson
    {
        /// <summary>The name of the discriminator property.</summary>
        public const string KindProperty = "kind";

        private static ReadOnlySpan<byte> KindUtf8 => "kind"u8;

        /// <summary>
        /// Finds the <c>"kind"</c> property of the object <paramref name="reader"/> is on (a copy: the caller's reader
        /// does not move) and returns its index in <paramref name="kinds"/>.
        /// </summary>
        /// <param name="reader">A copy of the reader, on the start of the object.</param>
        /// <param name="kinds">The kinds of the union, in case order.</param>
        /// <param name="unionName">The union type name, for messages.</param>
        /// <returns>The index of the case named by <c>"kind"</c>.</returns>
        /// <exception cref="JsonException">Not an object, or <c>"kind"</c> is missing, not a string or unknown; the message lists the allowed kinds.</exception>
        public static int ReadKind(Utf8JsonReader reader, string[] kinds, string unionName)
        {
            // The messages are built on the error paths only: a union is read far more often than it is rejected.
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException(
                    $"Expected a JSON object with a \"kind\" of {Allowed(kinds)} for {unionName}, but found {reader.TokenType}.");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!reader.ValueTextEquals(KindUtf8))
                {
                    reader.Read();
                    reader.Skip();
                    continue;
                }

                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    throw new JsonException($"The \"kind\" of {unionName} must be a string, one of {Allowed(kinds)}; found {reader.TokenType}.");
                }

                for (int index = 0; index < kinds.Length; index++)
                {
                    if (reader.ValueTextEquals(kinds[index]))
                    {
                        return index;
                    }
                }

                throw new JsonException($"The JSON of {unionName} has the unknown kind \"{reader.GetString()}\"; allowed kinds are {Allowed(kinds)}.");
            }

            throw new JsonException($"The JSON of {unionName} has no \"kind\" property; it must be one of {Allowed(kinds)}.");
        }

        private static string Allowed(string[] kinds) => "\"" + string.Join("\", \"", kinds) + "\"";
    }
}
