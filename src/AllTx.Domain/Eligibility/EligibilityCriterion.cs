using System;
using System.Globalization;
using System.Text.Json.Serialization;
using AllTx.Domain.Laboratory;
using AllTx.Domain.Units;

namespace AllTx.Domain.Eligibility
{
    /// <summary>
    /// One eligibility criterion: a unitless score compared with a threshold, a measured quantity compared with a threshold
    /// in its unit (never without), or a required yes/no finding (<see cref="SourceReference.Nct06507514"/>). A closed union. JSON:
    /// the case object with a <c>kind</c> discriminator.
    /// </summary>
    [Union]
    public abstract partial record EligibilityCriterion
    {
        /// <summary>A unitless score or × ULN criterion, e.g. ECOG ≤ 1 or ALT ≤ 3 × ULN.</summary>
        /// <param name="measure">A score or × ULN measure.</param>
        /// <param name="comparison">How the value must compare.</param>
        /// <param name="threshold">The threshold.</param>
        /// <returns>The criterion.</returns>
        /// <exception cref="DomainValidationException">The measure is not a score or × ULN.</exception>
        public static EligibilityCriterion Score(EligibilityMeasure measure, Comparison comparison, decimal threshold) =>
            Unwrapped(() => new ScoreCriterion(measure, comparison, threshold));

        /// <summary>A measured-quantity criterion with its unit, e.g. creatinine ≤ 1.6 mg/dL.</summary>
        /// <param name="measure">A measure with a unit.</param>
        /// <param name="comparison">How the value must compare.</param>
        /// <param name="threshold">The threshold with its unit.</param>
        /// <returns>The criterion.</returns>
        /// <exception cref="DomainValidationException">The measure has no unit or the threshold is missing.</exception>
        public static EligibilityCriterion OfQuantity(EligibilityMeasure measure, Comparison comparison, Quantity threshold) =>
            Unwrapped(() => new QuantityCriterion(measure, comparison, threshold));

        /// <summary>A yes/no finding that must be present or absent.</summary>
        /// <param name="measure">A finding measure.</param>
        /// <param name="required">True when it must be present, false when it must be absent.</param>
        /// <returns>The criterion.</returns>
        /// <exception cref="DomainValidationException">The measure is not a yes/no finding.</exception>
        public static EligibilityCriterion Finding(EligibilityMeasure measure, bool required) =>
            Unwrapped(() => new FindingCriterion(measure, required));

        /// <summary>What the criterion looks at.</summary>
        [JsonIgnore]
        public abstract EligibilityMeasure Subject { get; }

        /// <summary>The criterion in words, e.g. "SerumCreatinine ≤ 1.6 mg/dL".</summary>
        /// <returns>The criterion.</returns>
        public sealed override string ToString() => Match(
            score => string.Create(CultureInfo.InvariantCulture, $"{score.Measure} {Symbol(score.Comparison)} {score.Threshold}"),
            quantity => $"{quantity.Measure} {Symbol(quantity.Comparison)} {quantity.Threshold}",
            finding => $"{finding.Measure} {(finding.Required ? "present" : "absent")}");

        internal static string Symbol(Comparison comparison) => comparison switch
        {
            Comparison.AtMost => "≤",
            Comparison.AtLeast => "≥",
            Comparison.LessThan => "<",
            _ => ">",
        };

        /// <summary>Whether a value ordered against its threshold (negative below, 0 at, positive above) satisfies the comparison.</summary>
        internal static bool Holds(int order, Comparison comparison) => comparison switch
        {
            Comparison.AtMost => order <= 0,
            Comparison.AtLeast => order >= 0,
            Comparison.LessThan => order < 0,
            _ => order > 0,
        };

        /// <summary>The laboratory analyte a measure reads, so it is compared with the analyte's own conversions; null for other measures.</summary>
        internal static LabAnalyte? AnalyteOf(EligibilityMeasure measure) => measure switch
        {
            EligibilityMeasure.SerumCreatinine => LabAnalyte.SerumCreatinine,
            EligibilityMeasure.TotalBilirubin => LabAnalyte.TotalBilirubin,
            _ => null,
        };

        private static EligibilityCriterion Unwrapped(Func<EligibilityCriterion> create)
        {
            try
            {
                return create();
            }
            catch (System.Text.Json.JsonException exception) when (exception.InnerException is DomainValidationException rule)
            {
                throw rule;
            }
        }

        private static void Require(EligibilityMeasure measure, Comparison comparison, Func<EligibilityMeasure, bool> kind, string rule)
        {
            DomainEnum.Require(comparison, nameof(Comparison));
            if (!kind(DomainEnum.Require(measure, "Measure")))
            {
                throw new DomainValidationException(nameof(EligibilityCriterion), rule, measure.ToString(), "Measure");
            }
        }

        internal static bool IsScore(EligibilityMeasure measure) => measure is
            EligibilityMeasure.EcogPerformanceStatus or EligibilityMeasure.AlanineAminotransferaseTimesUpperLimit
            or EligibilityMeasure.AspartateAminotransferaseTimesUpperLimit or EligibilityMeasure.DyspnoeaGrade;

        internal static bool IsQuantity(EligibilityMeasure measure) => measure is
            EligibilityMeasure.LeftVentricularEjectionFraction or EligibilityMeasure.SerumCreatinine
            or EligibilityMeasure.TotalBilirubin or EligibilityMeasure.OxygenSaturationOnRoomAir;

        /// <summary>A unitless score or × ULN compared with a threshold, e.g. ECOG ≤ 1, ALT ≤ 3 × ULN.</summary>
        public sealed partial record ScoreCriterion : EligibilityCriterion
        {
            /// <summary>A score criterion.</summary>
            /// <param name="measure">A score or × ULN measure.</param>
            /// <param name="comparison">How the value must compare.</param>
            /// <param name="threshold">The threshold.</param>
            [JsonConstructor]
            internal ScoreCriterion(EligibilityMeasure measure, Comparison comparison, decimal threshold)
            {
                DomainJson.Validate(() => Require(measure, comparison, IsScore, "Measure must be a score or a multiple of the upper limit of normal"));
                (Measure, Comparison, Threshold) = (measure, comparison, threshold);
            }

            /// <summary>The measure.</summary>
            public EligibilityMeasure Measure { get; }

            /// <summary>How the value must compare.</summary>
            public Comparison Comparison { get; }

            /// <summary>The threshold.</summary>
            public decimal Threshold { get; }

            /// <inheritdoc />
            public override EligibilityMeasure Subject => Measure;
        }

        /// <summary>A measured quantity compared with a threshold in its unit, e.g. creatinine ≤ 1.6 mg/dL.</summary>
        public sealed partial record QuantityCriterion : EligibilityCriterion
        {
            /// <summary>A quantity criterion.</summary>
            /// <param name="measure">A measure with a unit.</param>
            /// <param name="comparison">How the value must compare.</param>
            /// <param name="threshold">The threshold with its unit.</param>
            [JsonConstructor]
            internal QuantityCriterion(EligibilityMeasure measure, Comparison comparison, Quantity threshold)
            {
                DomainJson.Validate(() =>
                {
                    Require(measure, comparison, IsQuantity, "Measure must be a measured quantity with a unit");
                    DomainJson.RequireNotNull(threshold, nameof(QuantityCriterion), nameof(Threshold));
                });
                (Measure, Comparison, Threshold) = (measure, comparison, threshold);
            }

            /// <summary>The measure.</summary>
            public EligibilityMeasure Measure { get; }

            /// <summary>How the value must compare.</summary>
            public Comparison Comparison { get; }

            /// <summary>The threshold with its unit.</summary>
            public Quantity Threshold { get; }

            /// <inheritdoc />
            public override EligibilityMeasure Subject => Measure;
        }

        /// <summary>A yes/no finding that must be present (CD19-positive) or absent (extramedullary disease).</summary>
        public sealed partial record FindingCriterion : EligibilityCriterion
        {
            /// <summary>A finding criterion.</summary>
            /// <param name="measure">A finding measure.</param>
            /// <param name="required">True when the finding must be present, false when it must be absent.</param>
            [JsonConstructor]
            internal FindingCriterion(EligibilityMeasure measure, bool required)
            {
                DomainJson.Validate(() => Require(measure, Comparison.AtLeast, m => m is EligibilityMeasure.Cd19Positive or EligibilityMeasure.ExtramedullaryDisease, "Measure must be a yes/no finding"));
                (Measure, Required) = (measure, required);
            }

            /// <summary>The finding.</summary>
            public EligibilityMeasure Measure { get; }

            /// <summary>True when it must be present, false when it must be absent.</summary>
            public bool Required { get; }

            /// <inheritdoc />
            public override EligibilityMeasure Subject => Measure;
        }
    }
}
