using System.Globalization;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Drugs
{
    /// <summary>The shape of a treatment cycle: days on treatment followed by treatment-free days (blinatumomab: 28 days on, 14 off; <see cref="SourceReference.BlinatumomabLabel"/>).</summary>
    public sealed record TreatmentCycle
    {
        [JsonConstructor]
        private TreatmentCycle(int daysOnTreatment, int treatmentFreeDays)
        {
            DomainJson.Validate(() => Check(daysOnTreatment, treatmentFreeDays));
            DaysOnTreatment = daysOnTreatment;
            TreatmentFreeDays = treatmentFreeDays;
        }

        /// <summary>Days on treatment at the start of each cycle (at least 1).</summary>
        public int DaysOnTreatment { get; }

        /// <summary>Treatment-free days that follow (0 or more).</summary>
        public int TreatmentFreeDays { get; }

        /// <summary>The whole cycle length in days.</summary>
        [JsonIgnore]
        public int LengthInDays => DaysOnTreatment + TreatmentFreeDays;

        /// <summary>A cycle of <paramref name="daysOnTreatment"/> days on and <paramref name="treatmentFreeDays"/> days off.</summary>
        /// <param name="daysOnTreatment">At least 1.</param>
        /// <param name="treatmentFreeDays">0 or more.</param>
        /// <returns>The cycle.</returns>
        public static TreatmentCycle Of(int daysOnTreatment, int treatmentFreeDays)
        {
            Check(daysOnTreatment, treatmentFreeDays);
            return new TreatmentCycle(daysOnTreatment, treatmentFreeDays);
        }

        /// <summary>"28 days on, 14 days off".</summary>
        /// <returns>The cycle in words.</returns>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{DaysOnTreatment} days on, {TreatmentFreeDays} days off");

        private static void Check(int daysOnTreatment, int treatmentFreeDays)
        {
            if (daysOnTreatment < 1 || treatmentFreeDays < 0)
            {
                throw new DomainValidationException(nameof(TreatmentCycle), "needs at least 1 day on treatment and no negative treatment-free days", $"{daysOnTreatment} on, {treatmentFreeDays} off", nameof(DaysOnTreatment));
            }
        }
    }
}
