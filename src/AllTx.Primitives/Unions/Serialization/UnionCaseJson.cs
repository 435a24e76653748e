using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AllTx.Serialization
{
    /// <summary>
    /// Reads and writes one case of a <see cref="UnionAttribute"/> union with the caller's options, keeping the case's
    /// <see cref="JsonTypeInfo{T}"/> from the last call so that a converter does not look it up on every value. One per
    /// case in each generated union converter; called by generated code only.
    /// </summary>
    /// <typeparam name="TCase">The case type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class UnionCaseJson<TCase>
    {
        // Replaced as a whole, so a reader on another thread sees either the old or the new type info, never a mix.
        private JsonTypeInfo<TCase>? _typeInfo;

        /// <summary>Reads the case (through the caller's type-info resolver, so source-generated contexts work).</summary>
        /// <param name="reader">The reader, on the start of the case's object.</param>
        /// <param name="options">The caller's options.</param>
        /// <returns>The case value.</returns>
        public TCase Read(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize(ref reader, TypeInfo(options))!;

        /// <summary>Writes the case; the case itself writes its <c>"kind"</c>.</summary>
        /// <param name="writer">The writer.</param>
        /// <param name="value">The case value.</param>
        /// <param name="options">The caller's options.</param>
        public void Write(Utf8JsonWriter writer, TCase value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, TypeInfo(options));

        private JsonTypeInfo<TCase> TypeInfo(JsonSerializerOptions options)
        {
            JsonTypeInfo<TCase>? typeInfo = _typeInfo;
            if (typeInfo is null || !ReferenceEquals(typeInfo.Options, options))
            {
                typeInfo = (JsonTypeInfo<TCase>)options.GetTypeInfo(typeof(TCase));
                _typeInfo = typeInfo;
            }

            return typeInfo;
        }
    }
}
