using System;
using System.Globalization;
using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Transplant
{
    /// <summary>
    /// Donor–recipient HLA match as matched alleles out of typed alleles, written "matched/total": 8/8 (HLA-A, -B, -C,
    /// -DRB1) or 10/10 (+ -DQB1) (CIBMTR form 2400). The total is 6, 8, 10 or 12: two
    /// alleles at each of 3 (HLA-A, -B, -DRB1), 4 (+ -C), 5 (+ -DQB1) or 6 (+ -DPB1) loci; matched lies from 0 to the
    /// total. A generated value object over the text: white space is removed before the rules are checked ("9 / 10" reads
    /// as 9/10); <c>From</c> (and Vogen's <c>Parse(text, provider)</c>) read the text, <see cref="Of"/> builds it from the two counts. JSON: "8/8".
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<HlaMatch, string>))]
    [ValueObject<string>]
    [ValuePattern("^([0-9]|1[0-2])/(6|8|10|12)$")]
    public sealed partial class HlaMatch : IValueObject<HlaMatch, string>
    {
        /// <summary>Matched alleles, 0 to <see cref="Total"/>.</summary>
        public int Matched => MatchedIn(Value);

        /// <summary>Typed alleles: 6, 8, 10 or 12.</summary>
        public int Total => TotalIn(Value);

        /// <summary>True when every typed allele matches (e.g. 8/8).</summary>
        public bool IsFullMatch => Matched == Total;

        /// <summary>A match of <paramref name="matched"/> out of <paramref name="total"/>, e.g. <c>HlaMatch.Of(9, 10)</c>.</summary>
        /// <param name="matched">0 to <paramref name="total"/>.</param>
        /// <param name="total">6, 8, 10 or 12.</param>
        /// <returns>The match.</returns>
        /// <exception cref="ValueObjectValidationException">A total other than 6, 8, 10 or 12, or matched outside 0 to the total.</exception>
        public static HlaMatch Of(int matched, int total) => From(string.Create(CultureInfo.InvariantCulture, $"{matched}/{total}"));

        private static string NormalizeInput(string input) => string.Concat(input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        // The pattern first (CheckDeclaredRules), then what a pattern cannot say: matched never exceeds the total.
        private static Validation Validate(string value)
        {
            Validation rules = CheckDeclaredRules(value);
            return rules != Validation.Ok || MatchedIn(value) <= TotalIn(value)
                ? rules
                : RuleViolation.Of<HlaMatch, string>(value, "matched alleles must not exceed the typed alleles");
        }

        private static int MatchedIn(string value) => int.Parse(value.AsSpan(0, value.IndexOf('/', StringComparison.Ordinal)), NumberStyles.None, CultureInfo.InvariantCulture);

        private static int TotalIn(string value) => int.Parse(value.AsSpan(value.IndexOf('/', StringComparison.Ordinal) + 1), NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
