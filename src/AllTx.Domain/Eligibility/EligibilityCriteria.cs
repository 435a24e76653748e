using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
using AllTx.Domain.Laboratory;
using AllTx.Domain.Trials;
using AllTx.Domain.Units;

namespace AllTx.Domain.Eligibility
{
    /// <summary>
    /// A trial's eligibility criteria, evaluated against what is known about a candidate (worked example:
    /// <see cref="SourceReference.Nct06507514"/>). Evaluation never guesses: a criterion whose fact is unknown, or whose unit cannot be compared with the
    /// threshold's, is undetermined. Creatinine and total bilirubin are compared as <see cref="LabValue"/>s, so mass and
    /// substance concentrations meet through the analyte's own factor (creatinine 1 mg/dL = 88.4 µmol/L, bilirubin
    /// 1 mg/dL = 17.1 µmol/L) exactly as everywhere else in the SDK; other quantities convert only between commensurable
    /// units. A pre-screening aid with its source, never an enrolment decision. JSON: the properties by name.
    /// </summary>
    public sealed record EligibilityCriteria
    {
        [JsonConstructor]
        private EligibilityCriteria(NctId trial, IReadOnlyList<EligibilityCriterion> criteria, SourceReference source)
        {
            DomainJson.Validate(() =>
            {
                DomainJson.RequireNotNull(trial, nameof(EligibilityCriteria), nameof(Trial));
                DomainJson.RequireNotNull(source, nameof(EligibilityCriteria), nameof(Source));
                if (DomainJson.RequireNotNull(criteria, nameof(EligibilityCriteria), nameof(Criteria)).Count == 0 || criteria.Any(c => c is null))
                {
                    throw new DomainValidationException(nameof(EligibilityCriteria), "Criteria must hold at least one criterion and no null", criteria.Count.ToString(CultureInfo.InvariantCulture), nameof(Criteria));
                }
            });
            (Trial, Criteria, Source) = (trial, criteria, source);
        }

        /// <summary>The trial the criteria belong to.</summary>
        public NctId Trial { get; }

        /// <summary>The criteria.</summary>
        public IReadOnlyList<EligibilityCriterion> Criteria { get; }

        /// <summary>Where the criteria come from.</summary>
        public SourceReference Source { get; }

        /// <summary>A trial's criteria.</summary>
        /// <param name="trial">The trial.</param>
        /// <param name="criteria">At least one criterion.</param>
        /// <param name="source">The source.</param>
        /// <returns>The criteria.</returns>
        /// <exception cref="DomainValidationException">No criteria or a missing part.</exception>
        public static EligibilityCriteria For(NctId trial, IEnumerable<EligibilityCriterion> criteria, SourceReference source)
        {
            ArgumentNullException.ThrowIfNull(criteria);
            try
            {
                return new EligibilityCriteria(trial, criteria.ToList(), source);
            }
            catch (System.Text.Json.JsonException exception) when (exception.InnerException is DomainValidationException rule)
            {
                throw rule;
            }
        }

        /// <summary>Evaluates every criterion: eligible when all are met, ineligible when any fails, indeterminate otherwise.</summary>
        /// <param name="facts">What is known about the candidate.</param>
        /// <returns>The result, listing failed and undetermined criteria.</returns>
        public OneOf<Eligible, Ineligible, Indeterminate> Evaluate(EligibilityFacts facts)
        {
            ArgumentNullException.ThrowIfNull(facts);
            List<CriterionFinding> failed = [];
            List<CriterionFinding> undetermined = [];
            foreach (EligibilityCriterion criterion in Criteria)
            {
                (bool? met, string reason) = Assess(criterion, facts);
                if (met is null)
                {
                    undetermined.Add(new CriterionFinding(criterion, reason));
                }
                else if (met == false)
                {
                    failed.Add(new CriterionFinding(criterion, reason));
                }
            }

            return failed.Count > 0 ? new Ineligible(failed, undetermined)
                : undetermined.Count > 0 ? new Indeterminate(undetermined)
                : new Eligible(Criteria);
        }

        private static (bool? Met, string Reason) Assess(EligibilityCriterion criterion, EligibilityFacts facts) => criterion.Match(
            score => facts.ScoreOf(score.Measure) is { } value
                ? Outcome(EligibilityCriterion.Holds(value.CompareTo(score.Threshold), score.Comparison), $"{score.Measure} {value.ToString(CultureInfo.InvariantCulture)}", criterion)
                : (null, $"{score.Measure} is not known"),
            quantity => facts.QuantityOf(quantity.Measure) is { } measured
                ? Compare(quantity, measured, criterion)
                : (null, $"{quantity.Measure} is not known"),
            finding => facts.FindingOf(finding.Measure) is { } present
                ? Outcome(present == finding.Required, $"{finding.Measure} {(present ? "present" : "absent")}", criterion)
                : (null, $"{finding.Measure} is not known"));

        private static (bool? Met, string Reason) Compare(EligibilityCriterion.QuantityCriterion criterion, Quantity measured, EligibilityCriterion whole)
        {
            Quantity threshold = criterion.Threshold;
            if (!TryCompare(criterion.Measure, measured, threshold, out int order, out Quantity? inThresholdUnit))
            {
                return (null, $"{criterion.Measure} {measured} cannot be compared with {threshold}");
            }

            string value = $"{criterion.Measure} {measured}" + (inThresholdUnit.Unit == measured.Unit ? string.Empty : $" (= {inThresholdUnit})");
            return Outcome(EligibilityCriterion.Holds(order, criterion.Comparison), value, whole);
        }

        /// <summary>
        /// Orders the measurement against the threshold: a lab analyte through <see cref="LabValue"/> (the threshold is
        /// converted to the measured unit, so 141.44 µmol/L meets 1.6 mg/dL exactly), anything else through commensurable
        /// units. False when the unit does not measure the analyte or cannot be converted.
        /// </summary>
        private static bool TryCompare(EligibilityMeasure measure, Quantity measured, Quantity threshold, out int order, [NotNullWhen(true)] out Quantity? inThresholdUnit)
        {
            (order, inThresholdUnit) = (0, null);
            if (EligibilityCriterion.AnalyteOf(measure) is not { } analyte)
            {
                if (!measured.TryConvertTo(threshold.Unit, out inThresholdUnit))
                {
                    return false;
                }

                order = measured.CompareTo(threshold);
                return true;
            }

            try
            {
                LabValue lab = LabValue.Of(analyte, measured);
                order = lab.CompareTo(threshold);
                inThresholdUnit = lab.ConvertTo(threshold.Unit).Quantity;
                return true;
            }
            catch (Exception exception) when (exception is DomainValidationException or IncommensurableUnitsException)
            {
                return false;
            }
        }

        private static (bool? Met, string Reason) Outcome(bool met, string value, EligibilityCriterion criterion) =>
            (met, met ? $"{value} meets {criterion}" : $"{value} does not meet {criterion}");
    }
}
