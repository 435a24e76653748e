using System.Text.Json.Serialization;

namespace AllTx.Domain.Disease
{
    /// <summary>Whether a diagnostic lumbar puncture was traumatic (blood-contaminated), which the CNS1–3 definitions exclude (<see cref="SourceReference.ChildhoodAllTreatmentPdq"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<LumbarPuncture>))]
    public enum LumbarPuncture
    {
        /// <summary>Non-traumatic: the CNS1–3 definitions apply.</summary>
        NonTraumatic = 1,

        /// <summary>Traumatic: the CNS1–3 definitions do not apply; the treating protocol's rule for a traumatic tap does.</summary>
        Traumatic,
    }
}
