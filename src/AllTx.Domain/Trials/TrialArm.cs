using System.Globalization;
using System.Text.Json.Serialization;
using AllTx.Domain.Drugs;
using AllTx.Domain.Outcomes;

namespace AllTx.Domain.Trials
{
    /// <summary>
    /// A treatment arm as a trial report describes it: the intervention as printed, its target antigens, how many were
    /// enrolled (when reported) and how many were treated or infused, and the share with a prior HSCT as a percentage or
    /// counts (the columns of <see cref="SourceReference.ImmunotherapyTrialsTable1Transcription"/>). JSON: the properties by name.
    /// </summary>
    public sealed record TrialArm : IJsonOnDeserialized
    {
        [JsonConstructor]
        private TrialArm()
        {
        }

        /// <summary>The intervention as the source prints it, e.g. "Tisagenlecleucel (KYMRIAH), CD19 CAR-T".</summary>
        [JsonInclude]
        [JsonRequired]
        public string Intervention { get; private init; } = null!;

        /// <summary>The antigens the intervention targets.</summary>
        [JsonInclude]
        [JsonRequired]
        public TargetAntigen Targets { get; private init; }

        /// <summary>How many were enrolled, when reported separately from <see cref="Treated"/>.</summary>
        [JsonInclude]
        public int? Enrolled { get; private init; }

        /// <summary>How many were treated (or infused) in the arm; greater than 0 and not above <see cref="Enrolled"/>.</summary>
        [JsonInclude]
        [JsonRequired]
        public int Treated { get; private init; }

        /// <summary>The share of patients with a prior HSCT, as a percentage or as counts; null when not reported.</summary>
        [JsonInclude]
        public OneOf<Percentage, Proportion>? PriorHsct { get; private init; }

        /// <summary>An arm.</summary>
        /// <param name="intervention">The intervention as printed; not blank.</param>
        /// <param name="targets">The target antigens.</param>
        /// <param name="treated">How many were treated or infused; greater than 0.</param>
        /// <param name="enrolled">How many were enrolled, when reported; at least <paramref name="treated"/>.</param>
        /// <param name="priorHsct">The share with a prior HSCT, when reported.</param>
        /// <returns>The arm.</returns>
        /// <exception cref="DomainValidationException">A blank intervention or inconsistent counts.</exception>
        public static TrialArm Of(string intervention, TargetAntigen targets, int treated, int? enrolled = null, OneOf<Percentage, Proportion>? priorHsct = null)
        {
            Check(intervention, treated, enrolled);
            return new TrialArm { Intervention = intervention.Trim(), Targets = targets, Treated = treated, Enrolled = enrolled, PriorHsct = priorHsct };
        }

        /// <summary>"Blinatumomab, CD19 (N = 271)".</summary>
        /// <returns>The arm in words.</returns>
        public override string ToString() =>
            Intervention + string.Create(CultureInfo.InvariantCulture, $" (N = {Treated}{(Enrolled is { } enrolled ? $" of {enrolled} enrolled" : string.Empty)})");

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() => Check(Intervention, Treated, Enrolled));

        private static void Check(string intervention, int treated, int? enrolled)
        {
            if (string.IsNullOrWhiteSpace(intervention))
            {
                throw new DomainValidationException(nameof(TrialArm), "Intervention must not be blank", intervention is null ? "null" : "\"" + intervention + "\"", nameof(Intervention));
            }

            if (treated <= 0)
            {
                throw new DomainValidationException(nameof(TrialArm), "Treated must be greater than 0", treated.ToString(CultureInfo.InvariantCulture), nameof(Treated));
            }

            if (enrolled is { } count && count < treated)
            {
                throw new DomainValidationException(nameof(TrialArm), "Enrolled must be at least Treated", string.Create(CultureInfo.InvariantCulture, $"{count} enrolled, {treated} treated"), nameof(Enrolled));
            }
        }
    }
}
