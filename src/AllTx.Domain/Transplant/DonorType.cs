using System.Text.Json.Serialization;

namespace AllTx.Domain.Transplant
{
    /// <summary>The donor of an allogeneic HSCT (CIBMTR form 2400).</summary>
    [JsonConverter(typeof(StrictEnumConverter<DonorType>))]
    public enum DonorType
    {
        /// <summary>HLA-matched sibling donor (MSD).</summary>
        MatchedSibling = 1,

        /// <summary>HLA-matched unrelated donor (MUD).</summary>
        MatchedUnrelated,

        /// <summary>Haploidentical related donor.</summary>
        Haploidentical,

        /// <summary>HLA-mismatched unrelated donor.</summary>
        MismatchedUnrelated,

        /// <summary>Umbilical cord blood unit(s).</summary>
        CordBlood,
    }
}
