using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Mrd
{
    /// <summary>
    /// The consensus-reported outcome of an MRD assessment: positive with a quantified level, positive not quantifiable
    /// (PNQ), or negative with the assay's sensitivity (<see cref="SourceReference.MrdReportingInAll2021"/>). A closed union
    /// ([Union]): handle it with the generated <c>Match</c>. JSON: an object with a <c>kind</c> discriminator.
    /// </summary>
    [Union]
    public abstract partial record MrdOutcome
    {
        /// <summary>Leukaemia detected and quantified.</summary>
        /// <param name="Level">The quantified level.</param>
        public sealed partial record Positive(MrdLevel Level) : MrdOutcome
        {
            /// <summary>The quantified level.</summary>
            [JsonRequired]
            public MrdLevel Level { get; init; } = Level.Require(nameof(Level));
        }

        /// <summary>Leukaemia detected below the assay's quantitative range: positive, not quantifiable (PNQ).</summary>
        public sealed partial record PositiveNotQuantifiable : MrdOutcome;

        /// <summary>No leukaemia detected, at the assay's sensitivity.</summary>
        /// <param name="Sensitivity">The sensitivity (limit of detection) reached by this assay.</param>
        public sealed partial record Negative(AssaySensitivity Sensitivity) : MrdOutcome
        {
            /// <summary>The sensitivity (limit of detection) reached by this assay.</summary>
            [JsonRequired]
            public AssaySensitivity Sensitivity { get; init; } = Sensitivity.Require(nameof(Sensitivity));
        }
    }
}
