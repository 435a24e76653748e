using System;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;

namespace AllTx.Domain.Dosing
{
    /// <summary>One step of a label regimen: for which body weights and cycle days, which dose, and the absolute cap applied after normalisation.</summary>
    public sealed record RegimenStep
    {
        [JsonConstructor]
        private RegimenStep(WeightBand weights, DayRange days, LabelDose dose, Quantity? cap)
        {
            DomainJson.Validate(() =>
            {
                DomainJson.RequirePresent(weights, nameof(RegimenStep), nameof(Weights));
                DomainJson.RequirePresent(days, nameof(RegimenStep), nameof(Days));
                DomainJson.RequirePresent(dose, nameof(RegimenStep), nameof(Dose));
            });
            Weights = weights;
            Days = days;
            Dose = dose;
            Cap = cap;
        }

        /// <summary>The body weights the step applies to.</summary>
        public WeightBand Weights { get; }

        /// <summary>The cycle days the step applies to.</summary>
        public DayRange Days { get; }

        /// <summary>The label dose.</summary>
        public LabelDose Dose { get; }

        /// <summary>The absolute cap after normalisation (e.g. not above 9 ug/d), or null.</summary>
        public Quantity? Cap { get; }

        /// <summary>A regimen step.</summary>
        /// <param name="weights">The body weights it applies to.</param>
        /// <param name="days">The cycle days it applies to.</param>
        /// <param name="dose">The label dose.</param>
        /// <param name="cap">The absolute cap, or null.</param>
        /// <returns>The step.</returns>
        public static RegimenStep Create(WeightBand weights, DayRange days, LabelDose dose, Quantity? cap = null) =>
            new(
                weights ?? throw new ArgumentNullException(nameof(weights)),
                days ?? throw new ArgumentNullException(nameof(days)),
                dose ?? throw new ArgumentNullException(nameof(dose)),
                cap);
    }
}
