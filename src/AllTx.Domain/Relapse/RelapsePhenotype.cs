using System;
using System.Text.Json.Serialization;
using OneOf;

namespace AllTx.Domain.Relapse
{
    /// <summary>
    /// The phenotype of a relapse after immunotherapy (<see cref="SourceReference.PostImmunotherapyRelapseHowITreat"/>): CD19-positive,
    /// CD19-negative (antigen escape) or lineage switch to acute myeloid leukaemia, each with the findings that placed it
    /// there. Of 420 children and young adults treated with a murine CD19 CAR, 166 relapsed: 83 (50 %)
    /// CD19+, 68 (41 %) CD19−, 12 (7.2 %) lineage switch (<see cref="SourceReference.RelapseImmunophenotypeAfterCd19Car"/>).
    /// A OneOf of its three cases (<c>Match</c>, <c>Switch</c>, <c>TryPickT0</c>, <c>IOneOf</c>) with named cases: handle
    /// it with <c>Match(cd19Positive: …, cd19Negative: …, lineageSwitch: …)</c>, so a new phenotype breaks every
    /// consumer's compile. JSON: <c>{"case": "lineageSwitch", "value": {"Evidence": …}}</c>.
    /// </summary>
    [Union("cd19Positive", "cd19Negative", "lineageSwitch")]
    public sealed partial class RelapsePhenotype : OneOfBase<RelapsePhenotype.Cd19PositiveRelapse, RelapsePhenotype.Cd19NegativeRelapse, RelapsePhenotype.LineageSwitch>
    {
        /// <summary>The findings that placed the relapse in this phenotype.</summary>
        public RelapseImmunophenotype Evidence => Match(
            cd19Positive: static positive => positive.Evidence,
            cd19Negative: static negative => negative.Evidence,
            lineageSwitch: static lineageSwitch => lineageSwitch.Evidence);

        /// <summary>CD19-positive relapse.</summary>
        /// <param name="Evidence">The findings.</param>
        public sealed record Cd19PositiveRelapse(RelapseImmunophenotype Evidence)
        {
            /// <summary>The findings.</summary>
            [JsonRequired]
            [JsonConverter(typeof(RequiredJsonConverter<RelapseImmunophenotype>))]
            public RelapseImmunophenotype Evidence { get; init; } = Evidence ?? throw new ArgumentNullException(nameof(Evidence));
        }

        /// <summary>CD19-negative relapse (antigen escape).</summary>
        /// <param name="Evidence">The findings.</param>
        public sealed record Cd19NegativeRelapse(RelapseImmunophenotype Evidence)
        {
            /// <summary>The findings.</summary>
            [JsonRequired]
            [JsonConverter(typeof(RequiredJsonConverter<RelapseImmunophenotype>))]
            public RelapseImmunophenotype Evidence { get; init; } = Evidence ?? throw new ArgumentNullException(nameof(Evidence));
        }

        /// <summary>Lineage switch to acute myeloid leukaemia.</summary>
        /// <param name="Evidence">The findings.</param>
        public sealed record LineageSwitch(RelapseImmunophenotype Evidence)
        {
            /// <summary>The findings.</summary>
            [JsonRequired]
            [JsonConverter(typeof(RequiredJsonConverter<RelapseImmunophenotype>))]
            public RelapseImmunophenotype Evidence { get; init; } = Evidence ?? throw new ArgumentNullException(nameof(Evidence));
        }
    }
}
