using OneOf;

namespace AllTx.Domain.Relapse
{
    /// <summary>
    /// What <see cref="RelapsePhenotypeClassifier.Classify"/> concludes: one of the three phenotypes, or
    /// <see cref="IndeterminatePhenotype"/> with what is missing or conflicting. A OneOf of its four cases with named
    /// cases: <c>Match(cd19Positive: …, cd19Negative: …, lineageSwitch: …, indeterminate: …)</c>.
    /// </summary>
    [Union("cd19Positive", "cd19Negative", "lineageSwitch", "indeterminate")]
    public sealed partial class RelapsePhenotypeClassification : OneOfBase<RelapsePhenotype.Cd19PositiveRelapse, RelapsePhenotype.Cd19NegativeRelapse, RelapsePhenotype.LineageSwitch, IndeterminatePhenotype>
    {
        /// <summary>The phenotype placed, if the findings placed one.</summary>
        /// <param name="phenotype">The phenotype when the method returns true; otherwise null.</param>
        /// <returns>False when the classification is <see cref="IndeterminatePhenotype"/>.</returns>
        public bool TryGetPhenotype([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RelapsePhenotype? phenotype)
        {
            phenotype = Match<RelapsePhenotype?>(
                cd19Positive: static positive => positive,
                cd19Negative: static negative => negative,
                lineageSwitch: static lineageSwitch => lineageSwitch,
                indeterminate: static _ => null);
            return phenotype is not null;
        }
    }
}
