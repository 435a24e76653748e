namespace AllTx.Domain.Registry
{
    /// <summary>One comorbidity of the HCT-CI with its published definition and weight (<see cref="SourceReference.HctComorbidityIndex"/>).</summary>
    /// <param name="Comorbidity">The comorbidity.</param>
    /// <param name="Definition">When a patient has it, as the paper defines it.</param>
    /// <param name="Weight">The points it adds to the score: 1, 2 or 3.</param>
    public sealed record HctCiComorbidityDefinition(HctComorbidity Comorbidity, string Definition, int Weight)
    {
        /// <summary>"PriorSolidTumour (3): treated at any time point in the patient's history, excluding non-melanoma skin cancer".</summary>
        /// <returns>The comorbidity, its weight and its definition.</returns>
        public override string ToString() => $"{Comorbidity} ({Weight}): {Definition}";
    }
}
