using System.Text.Json.Serialization;

namespace AllTx.Domain.Transplant
{
    /// <summary>The HLA loci typed for an allogeneic transplant: 8/8 counts HLA-A, -B, -C and -DRB1, 10/10 adds -DQB1, 12/12 adds -DPB1 (see <see cref="HlaMatch"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<HlaLocus>))]
    public enum HlaLocus
    {
        /// <summary>HLA-A (class I).</summary>
        A = 1,

        /// <summary>HLA-B (class I).</summary>
        B,

        /// <summary>HLA-C (class I).</summary>
        C,

        /// <summary>HLA-DRB1 (class II).</summary>
        Drb1,

        /// <summary>HLA-DQB1 (class II).</summary>
        Dqb1,

        /// <summary>HLA-DPB1 (class II).</summary>
        Dpb1,
    }
}
