using System.Text.Json.Serialization;

namespace AllTx.Domain.Transplant
{
    /// <summary>A GvHD prophylaxis platform (post-transplant cyclophosphamide, the Beijing G-CSF + ATG protocol and others, as the review behind
    /// <see cref="SourceReference.ImmunotherapyTrialsTable1Transcription"/> names them).</summary>
    [JsonConverter(typeof(StrictEnumConverter<GvhdProphylaxis>))]
    public enum GvhdProphylaxis
    {
        /// <summary>Post-transplant cyclophosphamide (PTCy).</summary>
        PostTransplantCyclophosphamide = 1,

        /// <summary>Anti-thymocyte globulin (ATG).</summary>
        AntiThymocyteGlobulin,

        /// <summary>G-CSF + ATG, the Beijing haploidentical protocol with unmanipulated grafts.</summary>
        GcsfPlusAntiThymocyteGlobulin,

        /// <summary>Calcineurin inhibitor + methotrexate (CNI + MTX).</summary>
        CalcineurinInhibitorPlusMethotrexate,
    }
}
