using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Units
{
    /// <summary>Writes a unit as its UCUM code; reading an unknown or non-UCUM code is a <see cref="JsonException"/> with the suggestion.</summary>
    internal sealed class UnitJsonConverter : JsonConverter<Unit>
    {
        public override bool HandleNull => true;

        public override Unit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ReadUnit(ref reader, nameof(Unit));

        public override void Write(Utf8JsonWriter writer, Unit value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Code);

        internal static Unit ReadUnit(ref Utf8JsonReader reader, string concept)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"{concept} must be a JSON string holding a UCUM code; got {reader.TokenType}.");
            }

            string code = reader.GetString()!;
            try
            {
                return Unit.Parse(code);
            }
            catch (UnitParseException error)
            {
                throw new JsonException(error.Message, error);
            }
        }
    }
}
