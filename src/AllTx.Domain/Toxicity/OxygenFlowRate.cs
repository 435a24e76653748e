namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// A flow of supplemental oxygen in litres per minute (L/min), greater than 0 — the measurement ASTCT CRS grading reads
    /// for nasal-cannula oxygen (low-flow ≤ 6 L/min; <see cref="SourceReference.AstctCrsIcansGrading2019"/>). A generated value object:
    /// <c>From</c> / <c>Value</c> are in L/min; JSON is a number of L/min.
    /// </summary>
    [ValueObject<decimal>]
    public readonly partial struct OxygenFlowRate
    {
        /// <summary>A flow of <paramref name="litresPerMinute"/> L/min (the same as <c>From</c>, with the unit in its name).</summary>
        /// <param name="litresPerMinute">The flow in L/min; greater than 0.</param>
        /// <returns>The flow.</returns>
        /// <exception cref="ValueObjectValidationException">The flow is not positive.</exception>
        public static OxygenFlowRate FromLitresPerMinute(decimal litresPerMinute) => From(litresPerMinute);

        /// <summary>"4 L/min".</summary>
        /// <returns>The flow with its unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "L/min");

        private static Validation Validate(decimal litresPerMinute) =>
            litresPerMinute > 0m ? Validation.Ok : Validation.Invalid("must be greater than 0 L/min");
    }
}
