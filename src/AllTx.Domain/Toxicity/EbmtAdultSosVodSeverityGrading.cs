using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AllTx.Domain.Units;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// EBMT severity grading of suspected SOS/VOD in adults (<see cref="SourceReference.EbmtAdultSosVodCriteria2016"/>).
    /// Each criterion places the finding in a category: time since first symptoms &gt; 7 days mild, 5–7 moderate, ≤ 4
    /// severe, and "any time" for very severe; bilirubin (mg/dL) ≥ 2 and &lt; 3 mild, ≥ 3 and &lt; 5 moderate, ≥ 5 and &lt; 8
    /// severe, ≥ 8 very severe; bilirubin doubling within 48 h severe; transaminases ≤ 2 × normal mild, &gt; 2 and ≤ 5
    /// moderate, &gt; 5 and ≤ 8 severe, &gt; 8 very severe; weight above baseline &lt; 5 % mild, ≥ 5 and &lt; 10 % moderate and
    /// severe, ≥ 10 % very severe; creatinine &lt; 1.2 × baseline at transplant mild, ≥ 1.2 and &lt; 1.5 moderate, ≥ 1.5 and
    /// &lt; 2 severe, ≥ 2 very severe. The grade is the most severe category that two or more criteria meet; MOD/MOF is
    /// always very severe; two or more risk factors move mild to moderate and moderate to severe. The SDK reads the
    /// very-severe "any time" as met by every patient, so one further very-severe criterion grades very severe. The 2023
    /// EBMT refinement (probable / clinical / proven; SOFA-based MOD) is not modelled.
    /// </summary>
    public sealed record EbmtAdultSosVodSeverityGrading
    {
        private EbmtAdultSosVodSeverityGrading(EbmtAdultSosVodSeverityFindings findings, IReadOnlyList<SosVodSeverityCriterion> criteria, SosVodSeverity beforeRiskFactors, SosVodSeverity severity)
        {
            Findings = findings;
            Criteria = criteria;
            SeverityBeforeRiskFactors = beforeRiskFactors;
            Severity = severity;
        }

        /// <summary>The severity.</summary>
        public SosVodSeverity Severity { get; }

        /// <summary>The severity from the criteria alone, before the risk-factor adjustment.</summary>
        public SosVodSeverity SeverityBeforeRiskFactors { get; }

        /// <summary>Each criterion, the finding, and the categories it meets.</summary>
        public IReadOnlyList<SosVodSeverityCriterion> Criteria { get; }

        /// <summary>The findings graded.</summary>
        public EbmtAdultSosVodSeverityFindings Findings { get; }

        /// <summary>Grades the findings.</summary>
        /// <param name="findings">The severity findings.</param>
        /// <returns>The grading.</returns>
        public static EbmtAdultSosVodSeverityGrading Of(EbmtAdultSosVodSeverityFindings findings)
        {
            ArgumentNullException.ThrowIfNull(findings);
            SosVodSeverityCriterion[] criteria = CriteriaOf(findings);
            SosVodSeverity fromCriteria = findings.MultiOrganDysfunction
                ? SosVodSeverity.VerySevere
                : Enum.GetValues<SosVodSeverity>().Where(category => criteria.Count(c => c.Categories.Contains(category)) >= 2).Max();
            SosVodSeverity adjusted = findings.RiskFactors >= 2 && fromCriteria is SosVodSeverity.Mild or SosVodSeverity.Moderate ? fromCriteria + 1 : fromCriteria;
            return new EbmtAdultSosVodSeverityGrading(findings, criteria, fromCriteria, adjusted);
        }

        /// <summary>"Severe (bilirubin: 5.2 mg/dL → Severe; …)".</summary>
        /// <returns>The severity and why.</returns>
        public override string ToString() =>
            $"{Severity}{(Severity != SeverityBeforeRiskFactors ? $" (from {SeverityBeforeRiskFactors}, {Findings.RiskFactors} risk factors)" : string.Empty)}: {string.Join("; ", Criteria)}";

        private static SosVodSeverityCriterion[] CriteriaOf(EbmtAdultSosVodSeverityFindings findings)
        {
            return
            [
                Criterion("time since first symptoms", string.Create(CultureInfo.InvariantCulture, $"{findings.DaysSinceFirstSymptoms} days"), findings.DaysSinceFirstSymptoms switch
                {
                    > 7 => [SosVodSeverity.Mild, SosVodSeverity.VerySevere],
                    >= 5 => [SosVodSeverity.Moderate, SosVodSeverity.VerySevere],
                    _ => [SosVodSeverity.Severe, SosVodSeverity.VerySevere],
                }),
                Criterion("bilirubin", findings.TotalBilirubin.Quantity.ToString(), AtLeast(findings.TotalBilirubin, 8m) ? [SosVodSeverity.VerySevere]
                    : AtLeast(findings.TotalBilirubin, 5m) ? [SosVodSeverity.Severe]
                    : AtLeast(findings.TotalBilirubin, 3m) ? [SosVodSeverity.Moderate]
                    : AtLeast(findings.TotalBilirubin, 2m) ? [SosVodSeverity.Mild]
                    : []),
                Criterion("bilirubin kinetics", findings.BilirubinDoubledWithin48Hours ? "doubled within 48 h" : "not doubled within 48 h", findings.BilirubinDoubledWithin48Hours ? [SosVodSeverity.Severe] : []),
                Criterion("transaminases", Times(findings.TransaminasesTimesNormal) + " normal", findings.TransaminasesTimesNormal switch
                {
                    > 8m => [SosVodSeverity.VerySevere],
                    > 5m => [SosVodSeverity.Severe],
                    > 2m => [SosVodSeverity.Moderate],
                    _ => [SosVodSeverity.Mild],
                }),
                Criterion("weight above baseline", string.Create(CultureInfo.InvariantCulture, $"{findings.WeightAboveBaselinePercent} %"), findings.WeightAboveBaselinePercent switch
                {
                    >= 10m => [SosVodSeverity.VerySevere],
                    >= 5m => [SosVodSeverity.Moderate, SosVodSeverity.Severe],
                    _ => [SosVodSeverity.Mild],
                }),
                Criterion("renal function", Times(findings.CreatinineTimesBaseline) + " baseline creatinine at transplant", findings.CreatinineTimesBaseline switch
                {
                    >= 2m => [SosVodSeverity.VerySevere],
                    >= 1.5m => [SosVodSeverity.Severe],
                    >= 1.2m => [SosVodSeverity.Moderate],
                    _ => [SosVodSeverity.Mild],
                }),
            ];
        }

        private static bool AtLeast(Laboratory.LabValue bilirubin, decimal milligramsPerDecilitre) =>
            bilirubin >= Quantity.Of(milligramsPerDecilitre, Unit.MilligramPerDecilitre);

        private static string Times(decimal multiple) => multiple.ToString(CultureInfo.InvariantCulture) + " ×";

        private static SosVodSeverityCriterion Criterion(string name, string finding, SosVodSeverity[] categories) => new(name, finding, categories);
    }
}
