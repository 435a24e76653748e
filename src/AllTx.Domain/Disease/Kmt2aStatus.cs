using System.Text.Json.Serialization;

namespace AllTx.Domain.Disease
{
    /// <summary>KMT2A rearrangement status; a KMT2A rearrangement is associated with lineage switch after CD19 CAR-T (the only preinfusion factor associated with it, <see cref="SourceReference.RelapseImmunophenotypeAfterCd19Car"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<Kmt2aStatus>))]
    public enum Kmt2aStatus
    {
        /// <summary>KMT2A rearranged.</summary>
        Rearranged = 1,

        /// <summary>KMT2A not rearranged.</summary>
        NotRearranged,

        /// <summary>Not tested.</summary>
        NotTested,
    }
}
