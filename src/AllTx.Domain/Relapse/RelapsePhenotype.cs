using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Relapse
{
    /// <summary>
    /// The phenotype of a relapse after immunotherapy (<see cref="SourceReference.PostImmunotherapyRelapseHowITreat"/>): CD19-positive,
    /// CD19-negative (antigen escape) or lineage switch to acute myeloid leukaemia, each with the findings that placed it
    /// there. Of 420 children and young adults treated with a murine CD19 CAR, 166 relapsed: 83 (50 %)
    /// CD19+, 68 (41 %) CD19−, 12 (7.2 %) lineage switch (<see cref="SourceReference.RelapseImmunophenotypeAfterCd19Car"/>).
    /// A closed union ([Union]): handle it with the generated <c>Match</c>, so a new phenotype breaks every consumer's compile.
    /// </summary>
    [Union]
    public abstract partial record RelapsePhenotype
    {
        /// <summary>The findings that placed the relapse in this phenotype.</summary>
        public abstract RelapseImmunophenotype Evidence { get; init; }

        /// <summary>CD19-positive relapse.</summary>
        /// <param name="Evidence">The findings.</param>
        public sealed partial record Cd19PositiveRelapse(RelapseImmunophenotype Evidence) : RelapsePhenotype
        {
            /// <inheritdoc />
            [JsonRequired]
            [JsonConverter(typeof(RequiredJsonConverter<RelapseImmunophenotype>))]
            public override RelapseImmunophenotype Evidence { get; init; } = Evidence ?? throw new ArgumentNullException(nameof(Evidence));
        }

        /// <summary>CD19-negative relapse (antigen escape).</summary>
        /// <param name="Evidence">The findings.</param>
        public sealed partial record Cd19NegativeRelapse(RelapseImmunophenotype Evidence) : RelapsePhenotype
        {
            /// <inheritdoc />
            [JsonRequired]
            [JsonConverter(typeof(RequiredJsonConverter<RelapseImmunophenotype>))]
            public override RelapseImmunophenotype Evidence { get; init; } = Evidence ?? throw new ArgumentNullException(nameof(Evidence));
        }

        /// <summary>Lineage switch to acute myeloid leukaemia.</summary>
        /// <param name="Evidence">The findings.</param>
        public sealed partial record LineageSwitch(RelapseImmunophenotype Evidence) : RelapsePhenotype
        {
            /// <inheritdoc />
            [JsonRequired]
            [JsonConverter(typeof(RequiredJsonConverter<RelapseImmunophenotype>))]
            public override RelapseImmunophenotype Evidence { get; init; } = Evidence ?? throw new ArgumentNullException(nameof(Evidence));
        }
    }
}
