using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Transplant
{
    /// <summary>
    /// The donor and recipient CMV serostatus of an allogeneic transplant, written "D+/R−" (donor seropositive, recipient
    /// seronegative); the four donor/recipient pairs are the categories in which donor and/or recipient seropositivity was
    /// found to carry an adverse prognosis in acute leukaemia after allo-SCT (<see cref="SourceReference.CmvSerostatusAcuteLeukaemia"/>).
    /// <see cref="Parse"/> reads "D+/R-" (ASCII hyphen or the minus sign). JSON: <c>{"Donor":"Positive","Recipient":"Negative"}</c>.
    /// </summary>
    public sealed record DonorRecipientCmvSerostatus : IJsonOnDeserialized
    {
        [JsonConstructor]
        private DonorRecipientCmvSerostatus()
        {
        }

        /// <summary>The donor's serostatus.</summary>
        [JsonInclude]
        [JsonRequired]
        public CmvSerostatus Donor { get; private init; }

        /// <summary>The recipient's serostatus.</summary>
        [JsonInclude]
        [JsonRequired]
        public CmvSerostatus Recipient { get; private init; }

        /// <summary>True when both are seronegative (D−/R−).</summary>
        [JsonIgnore]
        public bool BothSeronegative => Donor == CmvSerostatus.Negative && Recipient == CmvSerostatus.Negative;

        /// <summary>The pair.</summary>
        /// <param name="donor">The donor's serostatus.</param>
        /// <param name="recipient">The recipient's serostatus.</param>
        /// <returns>The pair.</returns>
        /// <exception cref="DomainValidationException">An undeclared value.</exception>
        public static DonorRecipientCmvSerostatus Of(CmvSerostatus donor, CmvSerostatus recipient) =>
            new() { Donor = DomainEnum.Require(donor, nameof(donor)), Recipient = DomainEnum.Require(recipient, nameof(recipient)) };

        /// <summary>Reads "D+/R-", "D-/R+", "D+/R+" or "D-/R-" (white space ignored; "−" accepted for "-").</summary>
        /// <param name="text">The text.</param>
        /// <returns>The pair.</returns>
        /// <exception cref="FormatException">Anything else, with the expected form.</exception>
        public static DonorRecipientCmvSerostatus Parse(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            string compact = string.Concat(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('\u2212', '-').ToUpperInvariant();
            return compact.Length == 5 && compact[0] == 'D' && compact[2] == '/' && compact[3] == 'R' && Sign(compact[1]) is { } donor && Sign(compact[4]) is { } recipient
                ? Of(donor, recipient)
                : throw new FormatException($"'{text}' is not a donor/recipient CMV serostatus: expected D+/R+, D+/R-, D-/R+ or D-/R-.");
        }

        /// <summary>"D+/R−".</summary>
        /// <returns>The pair in the registries' notation.</returns>
        public override string ToString() => $"D{Symbol(Donor)}/R{Symbol(Recipient)}";

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() =>
        {
            DomainEnum.Require(Donor, nameof(Donor));
            DomainEnum.Require(Recipient, nameof(Recipient));
        });

        private static CmvSerostatus? Sign(char sign) => sign switch
        {
            '+' => CmvSerostatus.Positive,
            '-' => CmvSerostatus.Negative,
            _ => null,
        };

        private static string Symbol(CmvSerostatus status) => status == CmvSerostatus.Positive ? "+" : "\u2212";
    }
}
