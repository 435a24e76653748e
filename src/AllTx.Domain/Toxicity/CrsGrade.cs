using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>The ASTCT consensus grade of cytokine release syndrome (<see cref="SourceReference.AstctCrsIcansGrading2019"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<CrsGrade>))]
    public enum CrsGrade
    {
        /// <summary>No CRS: no fever (nor fever masked by CRS treatment).</summary>
        NoCrs = 0,

        /// <summary>Grade 1: fever ≥ 38.0 °C without hypotension or hypoxia.</summary>
        Grade1 = 1,

        /// <summary>Grade 2: fever with hypotension not requiring vasopressors and/or low-flow oxygen (≤ 6 L/min) or blow-by.</summary>
        Grade2 = 2,

        /// <summary>Grade 3: fever with hypotension requiring one vasopressor (± vasopressin) and/or high-flow oxygen (&gt; 6 L/min), facemask, non-rebreather or Venturi mask.</summary>
        Grade3 = 3,

        /// <summary>Grade 4: fever with hypotension requiring multiple vasopressors (excluding vasopressin) and/or positive-pressure ventilation.</summary>
        Grade4 = 4,
    }
}
