using System.Text.Json.Serialization;

namespace AllTx.Domain.Transplant
{
    /// <summary>A GvHD prophylaxis platform (<see cref="SourceReference.ImmunotherapyTrialsTable1Transcription"/> for PTCy and the Beijing G-CSF + ATG protocol).</summary>
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
