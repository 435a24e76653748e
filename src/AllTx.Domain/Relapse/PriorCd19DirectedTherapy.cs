using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Relapse
{
    /// <summary>CD19-directed therapy given before the relapse (<see cref="SourceReference.PostImmunotherapyRelapseHowITreat"/>: antigen escape after blinatumomab or CD19-directed CAR T cells).</summary>
    [Flags]
    [JsonConverter(typeof(StrictEnumConverter<PriorCd19DirectedTherapy>))]
    public enum PriorCd19DirectedTherapy
    {
        /// <summary>No CD19-directed therapy.</summary>
        None = 0,

        /// <summary>Blinatumomab.</summary>
        Blinatumomab = 1,

        /// <summary>CD19 CAR T-cell therapy.</summary>
        Cd19CarT = 2,
    }
}
