using System.Globalization;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Outcomes
{
    /// <summary>
    /// A length of time with its unit as reported, e.g. "2 years" for a 2-year OS rate or "7.7 months" for a median OS
    /// (<see cref="SourceReference.ImmunotherapyTrialsTable1Transcription"/>, <see cref="SourceReference.BlinatumomabBeforeHsctInChildren2025"/>). Kept in the reported unit: months are not converted to days, because sources do not say which
    /// month length they used. JSON: <c>Amount</c> and <c>Unit</c>.
    /// </summary>
    public sealed record FollowUpTime : IJsonOnDeserialized
    {
        [JsonConstructor]
        private FollowUpTime()
        {
        }

        /// <summary>The amount, greater than 0.</summary>
        [JsonInclude]
        [JsonRequired]
        public decimal Amount { get; private init; }

        /// <summary>The unit.</summary>
        [JsonInclude]
        [JsonRequired]
        public TimeUnit Unit { get; private init; }

        /// <summary>A time in months.</summary>
        /// <param name="amount">Greater than 0.</param>
        /// <returns>The time.</returns>
        public static FollowUpTime Months(decimal amount) => Of(amount, TimeUnit.Months);

        /// <summary>A time in years.</summary>
        /// <param name="amount">Greater than 0.</param>
        /// <returns>The time.</returns>
        public static FollowUpTime Years(decimal amount) => Of(amount, TimeUnit.Years);

        /// <summary>A time in days.</summary>
        /// <param name="amount">Greater than 0.</param>
        /// <returns>The time.</returns>
        public static FollowUpTime Days(decimal amount) => Of(amount, TimeUnit.Days);

        /// <summary>A time in any unit.</summary>
        /// <param name="amount">Greater than 0.</param>
        /// <param name="unit">The unit.</param>
        /// <returns>The time.</returns>
        /// <exception cref="DomainValidationException">A non-positive amount or an undeclared unit.</exception>
        public static FollowUpTime Of(decimal amount, TimeUnit unit)
        {
            Check(amount, unit);
            return new FollowUpTime { Amount = amount, Unit = unit };
        }

        /// <summary>"7.7 months".</summary>
        /// <returns>The time in words.</returns>
        public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Unit.ToString().ToLowerInvariant();

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() => Check(Amount, Unit));

        private static void Check(decimal amount, TimeUnit unit)
        {
            if (amount <= 0m)
            {
                throw new DomainValidationException(nameof(FollowUpTime), "Amount must be greater than 0", amount.ToString(CultureInfo.InvariantCulture), nameof(Amount));
            }

            DomainEnum.Require(unit, nameof(Unit));
        }
    }
}
