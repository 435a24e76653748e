using System.Text.Json.Serialization;

namespace AllTx.Domain.Eligibility
{
    /// <summary>
    /// What an eligibility criterion looks at (<see cref="SourceReference.Nct06507514"/>; <see cref="SourceReference.Nct06507514"/>). Scores and multiples of the upper
    /// limit of normal are unitless; concentrations and percentages carry a UCUM unit; findings are yes/no.
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<EligibilityMeasure>))]
    public enum EligibilityMeasure
    {
        /// <summary>ECOG performance status, a score 0–5.</summary>
        EcogPerformanceStatus = 1,

        /// <summary>Left ventricular ejection fraction by cardiac ultrasound, in <c>%</c>.</summary>
        LeftVentricularEjectionFraction,

        /// <summary>Serum creatinine, in <c>mg/dL</c> or <c>umol/L</c> (1 mg/dL = 88.4 µmol/L).</summary>
        SerumCreatinine,

        /// <summary>ALT as a multiple of the upper limit of normal (× ULN).</summary>
        AlanineAminotransferaseTimesUpperLimit,

        /// <summary>AST as a multiple of the upper limit of normal (× ULN).</summary>
        AspartateAminotransferaseTimesUpperLimit,

        /// <summary>Total bilirubin, in <c>mg/dL</c> or <c>umol/L</c> (1 mg/dL = 17.1 µmol/L).</summary>
        TotalBilirubin,

        /// <summary>Dyspnoea grade by CTCAE v5.0, 0–5.</summary>
        DyspnoeaGrade,

        /// <summary>Oxygen saturation (SpO₂) without supplemental oxygen, in <c>%</c>.</summary>
        OxygenSaturationOnRoomAir,

        /// <summary>CD19-positive B-ALL (yes/no).</summary>
        Cd19Positive,

        /// <summary>Extramedullary disease present (yes/no).</summary>
        ExtramedullaryDisease,
    }
}
