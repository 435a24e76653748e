using System.Globalization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>Classifies oxygen delivery for ASTCT CRS grading (<see cref="AstctConsensus.Grading2019"/>).</summary>
    public static class OxygenRequirements
    {
        /// <summary>The largest nasal-cannula flow that is still low-flow in ASTCT CRS grading: 6 L/min.</summary>
        public const decimal LowFlowMaximumLitresPerMinute = 6m;

        /// <summary>Oxygen by nasal cannula: ≤ 6 L/min is low-flow (grade 2), &gt; 6 L/min is high-flow (grade 3).</summary>
        /// <param name="litresPerMinute">The flow in L/min; greater than 0.</param>
        /// <returns>The oxygen requirement.</returns>
        /// <exception cref="DomainValidationException">The flow is not positive.</exception>
        public static OxygenRequirement ForNasalCannula(decimal litresPerMinute) =>
            litresPerMinute <= 0m
                ? throw new DomainValidationException("NasalCannulaFlow", "must be greater than 0 L/min", litresPerMinute.ToString(CultureInfo.InvariantCulture), nameof(litresPerMinute))
                : litresPerMinute <= LowFlowMaximumLitresPerMinute
                    ? OxygenRequirement.LowFlowNasalCannulaOrBlowBy
                    : OxygenRequirement.HighFlowNasalCannulaOrMask;
    }
}
