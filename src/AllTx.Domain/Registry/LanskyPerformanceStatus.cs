namespace AllTx.Domain.Registry
{
    /// <summary>
    /// The Lansky play-performance score of a child aged 1 to less than 16: 0 (unresponsive) to 100 (fully active, normal)
    /// in steps of 10, rated from the child's usual play (<see cref="SourceReference.LanskyPlayPerformanceScale"/>; the age
    /// range is CIBMTR's, <see cref="SourceReference.CibmtrPerformanceScaleByAge"/>). Choose between it and the Karnofsky
    /// scale with <see cref="PerformanceStatus.ForAge"/>. A generated value object; JSON is the number.
    /// </summary>
    [ValueObject<int>]
    [ValueRange(0, 100)]
    public readonly partial struct LanskyPerformanceStatus
    {
        /// <summary>"70".</summary>
        /// <returns>The score.</returns>
        public override string ToString() => PerformanceScore.Text(IsInitialized(), _value);

        private static Validation Validate(int score) => PerformanceScore.InStepsOfTen(score);
    }
}
