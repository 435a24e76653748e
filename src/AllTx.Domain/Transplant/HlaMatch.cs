using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Transplant
{
    /// <summary>
    /// Donor–recipient HLA match as matched alleles out of typed alleles, e.g. 8/8 (HLA-A, -B, -C, -DRB1) or 10/10 (+ -DQB1)
    /// (DOMAIN.md "Transplant (HSCT)"; CIBMTR form 2400). The total is 6, 8, 10 or 12: two alleles at each of 3 (HLA-A,
    /// -B, -DRB1), 4 (+ -C), 5 (+ -DQB1) or 6 (+ -DPB1) loci; matched lies from 0 to the total. JSON: "8/8".
    /// </summary>
    [JsonConverter(typeof(HlaMatchJsonConverter))]
    public sealed record HlaMatch
    {
        private HlaMatch(int matched, int total)
        {
            Matched = matched;
            Total = total;
        }

        /// <summary>Matched alleles.</summary>
        public int Matched { get; }

        /// <summary>Typed alleles: 6, 8, 10 or 12.</summary>
        public int Total { get; }

        /// <summary>True when every typed allele matches (e.g. 8/8).</summary>
        public bool IsFullMatch => Matched == Total;

        /// <summary>A match of <paramref name="matched"/> out of <paramref name="total"/>.</summary>
        /// <param name="matched">0 to <paramref name="total"/>.</param>
        /// <param name="total">6, 8, 10 or 12.</param>
        /// <returns>The match.</returns>
        /// <exception cref="DomainValidationException">Out of range.</exception>
        public static HlaMatch Of(int matched, int total)
        {
            string text = string.Create(CultureInfo.InvariantCulture, $"{matched}/{total}");
            if (total is not (6 or 8 or 10 or 12))
            {
                throw new DomainValidationException(nameof(HlaMatch), "total must be 6, 8, 10 or 12 typed alleles", text, nameof(total));
            }

            return matched >= 0 && matched <= total
                ? new HlaMatch(matched, total)
                : throw new DomainValidationException(nameof(HlaMatch), "matched must be between 0 and the total", text, nameof(matched));
        }

        /// <summary>Reads "8/8" or "9/10".</summary>
        /// <param name="text">matched/total.</param>
        /// <returns>The match.</returns>
        /// <exception cref="DomainValidationException">Not "matched/total" or out of range.</exception>
        public static HlaMatch Parse(string text)
        {
            string[] parts = (text ?? string.Empty).Split('/');
            return parts.Length == 2
                && int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int matched)
                && int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int total)
                    ? Of(matched, total)
                    : throw new DomainValidationException(nameof(HlaMatch), "must be written matched/total, e.g. 8/8 or 9/10", text is null ? "null" : "\"" + text + "\"", nameof(text));
        }

        /// <summary>"8/8".</summary>
        /// <returns>The match.</returns>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Matched}/{Total}");

        private sealed class HlaMatchJsonConverter : JsonConverter<HlaMatch>
        {
            public override HlaMatch Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                reader.TokenType == JsonTokenType.String && reader.GetString() is { } text
                    ? DomainJson.Create(() => Parse(text))
                    : throw new JsonException($"{nameof(HlaMatch)} must be a JSON string such as \"8/8\"; got {reader.TokenType}.");

            public override void Write(Utf8JsonWriter writer, HlaMatch value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
        }
    }
}
