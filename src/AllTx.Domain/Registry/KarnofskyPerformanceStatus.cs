namespace AllTx.Domain.Registry
{
    /// <summary>
    /// The Karnofsky performance status of a patient aged 16 or older: 0 (dead) to 100 (normal, no complaints, no evidence
    /// of disease) in steps of 10 (<see cref="SourceReference.KarnofskyPerformanceScale"/>; the age range is CIBMTR's,
    /// <see cref="SourceReference.CibmtrPerformanceScaleByAge"/>). Choose between it and the Lansky scale with
    /// <see cref="PerformanceStatus.ForAge"/>. A generated value object; JSON is the number.
    /// </summary>
    [ValueObject<int>]
    [ValueRange(0, 100)]
    public readonly partial struct KarnofskyPerformanceStatus
    {
        /// <summary>"80".</summary>
        /// <returns>The score.</returns>
        public override string ToString() => PerformanceScore.Text(IsInitialized(), _value);

        private static Validation Validate(int score) => PerformanceScore.InStepsOfTen(score);
    }
}
