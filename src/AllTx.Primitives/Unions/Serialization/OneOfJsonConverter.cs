using System;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllTx.Serialization
{
    /// <summary>
    /// Reads and writes one <c>OneOf.OneOf&lt;…&gt;</c> type as <c>{"case": …, "value": …}</c> (made by
    /// <see cref="OneOfJsonConverterFactory"/>). A missing, unknown or repeated case, a missing value, or a null value
    /// is a <see cref="JsonException"/> naming the OneOf and the case (System.Text.Json adds the JSON path); writing a
    /// OneOf whose case holds null (what <c>default(OneOf&lt;…&gt;)</c> holds) throws instead of writing it.
    /// </summary>
    /// <typeparam name="TOneOf">The closed OneOf type.</typeparam>
    internal sealed class OneOfJsonConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] TOneOf> : JsonConverter<TOneOf>
        where TOneOf : struct, global::OneOf.IOneOf
    {
        private readonly string[] _caseNames;
        private readonly string _display;
        private readonly OneOfCaseJson<TOneOf>[] _cases;

        public OneOfJsonConverter()
        {
            Type[] caseTypes = typeof(TOneOf).GetGenericArguments();
            _caseNames = OneOfCaseNames.Of(caseTypes);
            _display = OneOfCaseNames.Display(_caseNames);
            _cases = new OneOfCaseJson<TOneOf>[caseTypes.Length];
            for (int index = 0; index < caseTypes.Length; index++)
            {
                _cases[index] = OneOfCaseJson<TOneOf>.For(caseTypes[index], FromMethod(index));
            }
        }

        /// <inheritdoc />
        public override TOneOf Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            int index = OneOfJson.ReadEnvelope(ref reader, _display, _caseNames, out Utf8JsonReader valueReader);
            if (!_cases[index].AcceptsNull)
            {
                OneOfJson.RejectNullValue(ref valueReader, _display, _caseNames[index]);
            }

            return _cases[index].Read(ref valueReader, options);
        }

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, TOneOf value, JsonSerializerOptions options)
        {
            int index = value.Index;
            object? caseValue = value.Value;
            if (caseValue is null)
            {
                throw new JsonException(
                    $"Cannot write {_display}: its case \"{_caseNames[index]}\" holds null, which is what " +
                    "default(OneOf<…>) or an uninitialised field holds. Create it from a value of one of its cases.");
            }

            OneOfJson.WriteEnvelopeStart(writer, _caseNames[index]);
            _cases[index].Write(writer, caseValue, options);
            writer.WriteEndObject();
        }

        private static MethodInfo FromMethod(int index) =>
            typeof(TOneOf).GetMethod("FromT" + index, BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException($"{typeof(TOneOf)} has no public static FromT{index}.");
    }
}
