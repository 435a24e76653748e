using System;
using AllTx.Domain.Disease;

namespace AllTx.Domain.Relapse
{
    /// <summary>
    /// Places a relapse in a phenotype from its immunophenotype, never guessing (<see cref="SourceReference.RelapsePhenotypeRule"/>): myeloid markers with CD19
    /// negative → lineage switch; no myeloid markers and CD19 negative → CD19-negative relapse; CD19 positive without
    /// myeloid markers → CD19-positive relapse. Missing findings, CD19-dim expression (neither positive nor negative in the
    /// source) and myeloid markers on CD19-positive blasts (a mixed phenotype) are <see cref="Indeterminate"/>.
    /// </summary>
    public static class RelapsePhenotypeClassifier
    {
        /// <summary>Classifies a relapse.</summary>
        /// <param name="findings">The relapse immunophenotype.</param>
        /// <returns>One of the three phenotypes, or what is missing.</returns>
        public static OneOf<RelapsePhenotype.Cd19PositiveRelapse, RelapsePhenotype.Cd19NegativeRelapse, RelapsePhenotype.LineageSwitch, Indeterminate> Classify(RelapseImmunophenotype findings)
        {
            ArgumentNullException.ThrowIfNull(findings);
            MissingFinding missing = (findings.Cd19 is null ? MissingFinding.Cd19Expression : MissingFinding.None)
                | (findings.Myeloid is null ? MissingFinding.MyeloidMarkers : MissingFinding.None);
            return (findings.Cd19, findings.Myeloid) switch
            {
                (ExpressionLevel.Dim, _) => new Indeterminate(missing, "CD19 is dim (antigen-low): the source places relapses as CD19-positive or CD19-negative, not dim; review the percentage of CD19-positive blasts"),
                (ExpressionLevel.Positive, MyeloidMarkers.Present) => new Indeterminate(missing, "myeloid markers on CD19-positive blasts: a mixed phenotype, neither a CD19-positive relapse nor a lineage switch"),
                (ExpressionLevel.Positive, _) => new RelapsePhenotype.Cd19PositiveRelapse(findings),
                (ExpressionLevel.Negative, MyeloidMarkers.Present) => new RelapsePhenotype.LineageSwitch(findings),
                (ExpressionLevel.Negative, MyeloidMarkers.Absent) => new RelapsePhenotype.Cd19NegativeRelapse(findings),
                (ExpressionLevel.Negative, null) => new Indeterminate(missing, "CD19 is negative but myeloid markers were not assessed: a lineage switch cannot be excluded"),
                _ => new Indeterminate(missing, "CD19 expression was not assessed"),
            };
        }
    }
}
