namespace AllTx.Domain.Patients
{
    /// <summary>
    /// A patient's age in completed years, 0 to 130, at the moment a fact was recorded (the registry forms choose the
    /// performance scale by it: <see cref="Registry.PerformanceStatus"/>). A generated value object; JSON is the number.
    /// </summary>
    [ValueObject<int>]
    [ValueRange(0, 130)]
    public readonly partial struct AgeInYears
    {
        /// <summary>"15 years".</summary>
        /// <returns>The age with its unit.</returns>
        public override string ToString() => ValueText.WithUnit(IsInitialized(), _value, "years");
    }
}
