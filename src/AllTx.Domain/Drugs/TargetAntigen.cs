using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Drugs
{
    /// <summary>The antigens an agent targets, combinable (blinatumomab: CD19 and CD3). <see cref="None"/> for agents without an antigen target (TKIs, chemotherapy).</summary>
    [Flags]
    [JsonConverter(typeof(StrictEnumConverter<TargetAntigen>))]
    public enum TargetAntigen
    {
        /// <summary>No antigen target.</summary>
        None = 0,

        /// <summary>CD19 (B-lineage antigen; blinatumomab, CD19 CAR-T).</summary>
        Cd19 = 1,

        /// <summary>CD3 (T-cell engaging arm of blinatumomab).</summary>
        Cd3 = 2,

        /// <summary>CD22 (inotuzumab ozogamicin, CD22 CAR-T).</summary>
        Cd22 = 4,

        /// <summary>CD20.</summary>
        Cd20 = 8,

        /// <summary>BAFF-R (experimental BAFF-R CAR-T; <see cref="SourceReference.RelapsePreventionAfterHsct"/>).</summary>
        BaffR = 16,

        /// <summary>Thymocyte / T-cell antigens (polyclonal ATG).</summary>
        TCellAntigens = 32,
    }
}
