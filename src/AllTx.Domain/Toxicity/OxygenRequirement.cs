using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// The hypoxia domain of ASTCT CRS grading (<see cref="SourceReference.AstctCrsIcansGrading2019"/>): low-flow nasal cannula
    /// (≤ 6 L/min) or blow-by → grade 2; high-flow nasal cannula (&gt; 6 L/min), facemask, non-rebreather or Venturi mask
    /// → grade 3; positive pressure (CPAP, BiPAP, intubation and mechanical ventilation) → grade 4. Use
    /// <see cref="OxygenRequirements.ForNasalCannula"/> to classify a nasal-cannula flow.
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<OxygenRequirement>))]
    public enum OxygenRequirement
    {
        /// <summary>No supplemental oxygen needed.</summary>
        None = 1,

        /// <summary>Low-flow nasal cannula (≤ 6 L/min) or blow-by oxygen (grade 2).</summary>
        LowFlowNasalCannulaOrBlowBy,

        /// <summary>High-flow nasal cannula (&gt; 6 L/min), facemask, non-rebreather mask or Venturi mask (grade 3).</summary>
        HighFlowNasalCannulaOrMask,

        /// <summary>Positive pressure: CPAP, BiPAP, intubation and mechanical ventilation (grade 4).</summary>
        PositivePressure,
    }
}
