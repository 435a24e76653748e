using System.Globalization;
using AllTx.Domain.Laboratory;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// What EBMT adult severity grading of suspected SOS/VOD looks at (<see cref="SourceReference.EbmtAdultSosVodCriteria2016"/>):
    /// days since the first clinical symptoms, total bilirubin and whether it doubled within 48 hours, transaminases as a
    /// multiple of normal, weight above baseline, creatinine as a multiple of its baseline at transplant, multi-organ
    /// dysfunction / failure, and the number of SOS/VOD risk factors (as the paper lists them; two or more move a mild or
    /// moderate grade up one category). Grade with <see cref="EbmtAdultSosVodSeverityGrading.Of"/>.
    /// </summary>
    public sealed record EbmtAdultSosVodSeverityFindings
    {
        private EbmtAdultSosVodSeverityFindings(LabValue totalBilirubin)
        {
            TotalBilirubin = totalBilirubin;
        }

        /// <summary>Days from the first clinical symptoms of SOS/VOD to the date the diagnostic criteria were met (0 or more).</summary>
        public int DaysSinceFirstSymptoms { get; private init; }

        /// <summary>Total bilirubin, in mg/dL or µmol/L.</summary>
        public LabValue TotalBilirubin { get; }

        /// <summary>Bilirubin doubled within 48 hours.</summary>
        public bool BilirubinDoubledWithin48Hours { get; private init; }

        /// <summary>Transaminases as a multiple of normal (× ULN), 0 or more.</summary>
        public decimal TransaminasesTimesNormal { get; private init; }

        /// <summary>Weight above the baseline weight, in percent.</summary>
        public decimal WeightAboveBaselinePercent { get; private init; }

        /// <summary>Creatinine as a multiple of its baseline at transplant, greater than 0.</summary>
        public decimal CreatinineTimesBaseline { get; private init; }

        /// <summary>Multi-organ dysfunction / failure (MOD/MOF): always very severe.</summary>
        public bool MultiOrganDysfunction { get; private init; }

        /// <summary>The number of SOS/VOD risk factors present (0 or more).</summary>
        public int RiskFactors { get; private init; }

        /// <summary>The findings of one severity assessment.</summary>
        /// <param name="daysSinceFirstSymptoms">Days since the first clinical symptoms, 0 or more.</param>
        /// <param name="totalBilirubin">Total bilirubin (<see cref="LabAnalyte.TotalBilirubin"/>).</param>
        /// <param name="bilirubinDoubledWithin48Hours">Bilirubin doubled within 48 hours.</param>
        /// <param name="transaminasesTimesNormal">Transaminases × normal, 0 or more.</param>
        /// <param name="weightAboveBaselinePercent">Weight above baseline, in percent (above −100).</param>
        /// <param name="creatinineTimesBaseline">Creatinine × baseline at transplant, greater than 0.</param>
        /// <param name="multiOrganDysfunction">MOD/MOF present.</param>
        /// <param name="riskFactors">The number of risk factors, 0 or more.</param>
        /// <returns>The findings.</returns>
        /// <exception cref="DomainValidationException">A value out of its range, or a lab value that is not total bilirubin.</exception>
        public static EbmtAdultSosVodSeverityFindings Of(
            int daysSinceFirstSymptoms,
            LabValue totalBilirubin,
            bool bilirubinDoubledWithin48Hours,
            decimal transaminasesTimesNormal,
            decimal weightAboveBaselinePercent,
            decimal creatinineTimesBaseline,
            bool multiOrganDysfunction,
            int riskFactors)
        {
            Require(daysSinceFirstSymptoms >= 0, "DaysSinceFirstSymptoms must be 0 or more", daysSinceFirstSymptoms, nameof(daysSinceFirstSymptoms));
            Require(DomainJson.RequireNotNull(totalBilirubin, nameof(EbmtAdultSosVodSeverityFindings), nameof(totalBilirubin)).Analyte == LabAnalyte.TotalBilirubin, "TotalBilirubin must be a total bilirubin value", totalBilirubin.Analyte, nameof(totalBilirubin));
            Require(transaminasesTimesNormal >= 0m, "TransaminasesTimesNormal must be 0 or more", transaminasesTimesNormal, nameof(transaminasesTimesNormal));
            Require(weightAboveBaselinePercent > -100m, "WeightAboveBaselinePercent must be above -100 %", weightAboveBaselinePercent, nameof(weightAboveBaselinePercent));
            Require(creatinineTimesBaseline > 0m, "CreatinineTimesBaseline must be greater than 0", creatinineTimesBaseline, nameof(creatinineTimesBaseline));
            Require(riskFactors >= 0, "RiskFactors must be 0 or more", riskFactors, nameof(riskFactors));
            return new EbmtAdultSosVodSeverityFindings(totalBilirubin)
            {
                DaysSinceFirstSymptoms = daysSinceFirstSymptoms,
                BilirubinDoubledWithin48Hours = bilirubinDoubledWithin48Hours,
                TransaminasesTimesNormal = transaminasesTimesNormal,
                WeightAboveBaselinePercent = weightAboveBaselinePercent,
                CreatinineTimesBaseline = creatinineTimesBaseline,
                MultiOrganDysfunction = multiOrganDysfunction,
                RiskFactors = riskFactors,
            };
        }

        private static void Require(bool holds, string rule, object value, string paramName)
        {
            if (!holds)
            {
                throw new DomainValidationException(nameof(EbmtAdultSosVodSeverityFindings), rule, System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null", paramName);
            }
        }
    }
}
