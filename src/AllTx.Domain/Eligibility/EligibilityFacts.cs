using System.Text.Json.Serialization;
using AllTx.Domain.Units;

namespace AllTx.Domain.Eligibility
{
    /// <summary>
    /// What is known about a candidate for the criteria in <see cref="EligibilityMeasure"/>: each fact typed, each lab value
    /// with its unit, null when not known. Build with <c>with</c> expressions from <see cref="None"/>. JSON: the properties
    /// by name.
    /// </summary>
    public sealed record EligibilityFacts
    {
        /// <summary>No facts known yet.</summary>
        public static EligibilityFacts None { get; } = new();

        /// <summary>ECOG performance status, 0–5.</summary>
        public EcogPerformanceStatus? EcogPerformanceStatus { get; init; }

        /// <summary>LVEF, in <c>%</c>.</summary>
        public Quantity? LeftVentricularEjectionFraction { get; init; }

        /// <summary>Serum creatinine, in <c>mg/dL</c> or <c>umol/L</c>.</summary>
        public Quantity? SerumCreatinine { get; init; }

        /// <summary>ALT as a multiple of the upper limit of normal.</summary>
        public decimal? AlanineAminotransferaseTimesUpperLimit { get; init; }

        /// <summary>AST as a multiple of the upper limit of normal.</summary>
        public decimal? AspartateAminotransferaseTimesUpperLimit { get; init; }

        /// <summary>Total bilirubin, in <c>mg/dL</c> or <c>umol/L</c>.</summary>
        public Quantity? TotalBilirubin { get; init; }

        /// <summary>CTCAE v5.0 dyspnoea grade, 0–5.</summary>
        public CtcaeGrade? DyspnoeaGrade { get; init; }

        /// <summary>SpO₂ without supplemental oxygen, in <c>%</c>.</summary>
        public Quantity? OxygenSaturationOnRoomAir { get; init; }

        /// <summary>True when the B-ALL is CD19-positive.</summary>
        public bool? Cd19Positive { get; init; }

        /// <summary>True when extramedullary disease is present.</summary>
        public bool? ExtramedullaryDisease { get; init; }

        /// <summary>The unitless value of a score or × ULN measure, or null when unknown.</summary>
        /// <param name="measure">A score or × ULN measure.</param>
        /// <returns>The value.</returns>
        internal decimal? ScoreOf(EligibilityMeasure measure) => measure switch
        {
            EligibilityMeasure.EcogPerformanceStatus => EcogPerformanceStatus?.Value,
            EligibilityMeasure.AlanineAminotransferaseTimesUpperLimit => AlanineAminotransferaseTimesUpperLimit,
            EligibilityMeasure.AspartateAminotransferaseTimesUpperLimit => AspartateAminotransferaseTimesUpperLimit,
            EligibilityMeasure.DyspnoeaGrade => DyspnoeaGrade?.Value,
            _ => null,
        };

        /// <summary>The quantity of a measure with a unit, or null when unknown.</summary>
        /// <param name="measure">A measure with a unit.</param>
        /// <returns>The quantity.</returns>
        internal Quantity? QuantityOf(EligibilityMeasure measure) => measure switch
        {
            EligibilityMeasure.LeftVentricularEjectionFraction => LeftVentricularEjectionFraction,
            EligibilityMeasure.SerumCreatinine => SerumCreatinine,
            EligibilityMeasure.TotalBilirubin => TotalBilirubin,
            EligibilityMeasure.OxygenSaturationOnRoomAir => OxygenSaturationOnRoomAir,
            _ => null,
        };

        /// <summary>The yes/no value of a finding, or null when unknown.</summary>
        /// <param name="measure">A finding measure.</param>
        /// <returns>The finding.</returns>
        internal bool? FindingOf(EligibilityMeasure measure) => measure switch
        {
            EligibilityMeasure.Cd19Positive => Cd19Positive,
            EligibilityMeasure.ExtramedullaryDisease => ExtramedullaryDisease,
            _ => null,
        };
    }
}
