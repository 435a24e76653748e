namespace AllTx.Domain.Toxicity
{
    /// <summary>Classifies oxygen delivery for ASTCT CRS grading (<see cref="SourceReference.AstctCrsIcansGrading2019"/>).</summary>
    public static class OxygenRequirements
    {
        /// <summary>The largest nasal-cannula flow that is still low-flow in ASTCT CRS grading: 6 L/min.</summary>
        public const decimal LowFlowMaximumLitresPerMinute = 6m;

        /// <summary>Oxygen by nasal cannula: ≤ 6 L/min is low-flow (grade 2), &gt; 6 L/min is high-flow (grade 3).</summary>
        /// <param name="flow">The flow, made with <see cref="OxygenFlowRate.FromLitresPerMinute"/>.</param>
        /// <returns>The oxygen requirement.</returns>
        /// <exception cref="DomainValidationException">The flow was made without validation (<c>default</c>).</exception>
        public static OxygenRequirement ForNasalCannula(OxygenFlowRate flow) =>
            flow.Require(nameof(flow)).Value <= LowFlowMaximumLitresPerMinute
                ? OxygenRequirement.LowFlowNasalCannulaOrBlowBy
                : OxygenRequirement.HighFlowNasalCannulaOrMask;
    }
}
