namespace AllTx.Domain.Patients
{
    /// <summary>
    /// A patient's age in completed years, 0 to 130 (the upper bound is the SDK's own plausibility limit, not a clinical
    /// rule), at the moment a fact was recorded: what label indications ("patients up to 25 years of age",
    /// <see cref="SourceReference.KymriahLabel"/>), age-dependent gradings (the CAPD below 12 years,
    /// <see cref="Toxicity.AstctConsensus.Grading2019"/>) and the registry forms' choice of performance scale
    /// (<see cref="Registry.PerformanceStatus"/>) compare. A generated value object; JSON is the number of years.
    /// </summary>
    [ValueObject<int>]
    [ValueRange(0, 130)]
    public readonly partial struct AgeInYears
    {
        /// <summary>"25 years".</summary>
        /// <returns>The age with its unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "years");
    }
}
