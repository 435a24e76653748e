using System.Text.Json.Serialization;

namespace AllTx.Domain.Relapse
{
    /// <summary>When the relapse happened relative to prior therapy (<see cref="SourceReference.PostImmunotherapyRelapseHowITreat"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<RelapseTiming>))]
    public enum RelapseTiming
    {
        /// <summary>After allogeneic HSCT.</summary>
        PostHsct = 1,

        /// <summary>After CAR T-cell therapy.</summary>
        PostCarT,

        /// <summary>After blinatumomab.</summary>
        PostBlinatumomab,

        /// <summary>Not after HSCT, CAR-T or blinatumomab.</summary>
        OtherTiming,
    }
}
