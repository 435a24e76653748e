using System.Collections.Generic;
using System.Linq;
using AllTx.Domain.Laboratory;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// The findings of the EBMT diagnostic criteria for SOS/VOD in children (<see cref="SourceReference.EbmtPaediatricSosVodCriteria2018"/>),
    /// which set no limit on the time of onset: SOS/VOD needs two or more of (1) unexplained consumptive and
    /// transfusion-refractory thrombocytopenia; (2) otherwise unexplained weight gain on three consecutive days despite
    /// diuretics, or weight gain &gt; 5 % above baseline; (3) hepatomegaly above baseline; (4) ascites above baseline; (5)
    /// bilirubin rising from baseline on three consecutive days, or bilirubin ≥ 2 mg/dL within 72 hours — with other
    /// diagnoses excluded, which the findings do not record. Relevant since BESPONSA's 2024 label covers children from 1 year
    /// (<see cref="SourceReference.InotuzumabLabel"/>).
    /// </summary>
    public sealed record EbmtPaediatricSosVodFindings
    {
        private EbmtPaediatricSosVodFindings()
        {
        }

        /// <summary>Unexplained consumptive and transfusion-refractory thrombocytopenia.</summary>
        public bool RefractoryThrombocytopenia { get; private init; }

        /// <summary>Otherwise unexplained weight gain on three consecutive days despite diuretics.</summary>
        public bool WeightGainOnThreeDaysDespiteDiuretics { get; private init; }

        /// <summary>Weight gain above the baseline weight, in percent.</summary>
        public decimal WeightGainPercent { get; private init; }

        /// <summary>Hepatomegaly above the baseline value (best confirmed by imaging).</summary>
        public bool HepatomegalyAboveBaseline { get; private init; }

        /// <summary>Ascites above the baseline value (best confirmed by imaging).</summary>
        public bool AscitesAboveBaseline { get; private init; }

        /// <summary>Bilirubin rising from its baseline value on three consecutive days.</summary>
        public bool BilirubinRisingOnThreeDays { get; private init; }

        /// <summary>The highest total bilirubin of the last 72 hours, or null when none was measured.</summary>
        public LabValue? HighestBilirubinInLast72Hours { get; private init; }

        /// <summary>The findings of one paediatric SOS/VOD assessment.</summary>
        /// <param name="refractoryThrombocytopenia">Unexplained consumptive and transfusion-refractory thrombocytopenia.</param>
        /// <param name="weightGainOnThreeDaysDespiteDiuretics">Unexplained weight gain on three consecutive days despite diuretics.</param>
        /// <param name="weightGainPercent">Weight gain above baseline, in percent (above −100).</param>
        /// <param name="hepatomegalyAboveBaseline">Hepatomegaly above baseline.</param>
        /// <param name="ascitesAboveBaseline">Ascites above baseline.</param>
        /// <param name="bilirubinRisingOnThreeDays">Bilirubin rising from baseline on three consecutive days.</param>
        /// <param name="highestBilirubinInLast72Hours">The highest total bilirubin of the last 72 hours, or null.</param>
        /// <returns>The findings.</returns>
        /// <exception cref="DomainValidationException">A weight change of −100 % or less, or a lab value that is not total bilirubin.</exception>
        public static EbmtPaediatricSosVodFindings Of(
            bool refractoryThrombocytopenia,
            bool weightGainOnThreeDaysDespiteDiuretics,
            decimal weightGainPercent,
            bool hepatomegalyAboveBaseline,
            bool ascitesAboveBaseline,
            bool bilirubinRisingOnThreeDays,
            LabValue? highestBilirubinInLast72Hours)
        {
            if (weightGainPercent <= -100m)
            {
                throw new DomainValidationException(nameof(EbmtPaediatricSosVodFindings), "WeightGainPercent must be above -100 %", weightGainPercent.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(weightGainPercent));
            }

            if (highestBilirubinInLast72Hours is { Analyte: not LabAnalyte.TotalBilirubin } other)
            {
                throw new DomainValidationException(nameof(EbmtPaediatricSosVodFindings), "HighestBilirubinInLast72Hours must be a total bilirubin value", other.Analyte.ToString(), nameof(highestBilirubinInLast72Hours));
            }

            return new EbmtPaediatricSosVodFindings
            {
                RefractoryThrombocytopenia = refractoryThrombocytopenia,
                WeightGainOnThreeDaysDespiteDiuretics = weightGainOnThreeDaysDespiteDiuretics,
                WeightGainPercent = weightGainPercent,
                HepatomegalyAboveBaseline = hepatomegalyAboveBaseline,
                AscitesAboveBaseline = ascitesAboveBaseline,
                BilirubinRisingOnThreeDays = bilirubinRisingOnThreeDays,
                HighestBilirubinInLast72Hours = highestBilirubinInLast72Hours,
            };
        }

        /// <summary>Applies the EBMT paediatric criteria: two or more of the five signs, at any time after HSCT.</summary>
        /// <returns>The diagnosis, naming each sign.</returns>
        public SosVodDiagnosis Diagnose()
        {
            bool bilirubinAtThreshold = HighestBilirubinInLast72Hours is { } bilirubin && bilirubin >= SosVodDiagnosticCriteria.BilirubinThreshold;
            (string Sign, bool Present)[] signs =
            [
                ("consumptive, transfusion-refractory thrombocytopenia", RefractoryThrombocytopenia),
                ($"weight gain on 3 days despite diuretics or > {SosVodDiagnosticCriteria.WeightGainAbovePercent} % above baseline", WeightGainOnThreeDaysDespiteDiuretics || WeightGainPercent > SosVodDiagnosticCriteria.WeightGainAbovePercent),
                ("hepatomegaly above baseline", HepatomegalyAboveBaseline),
                ("ascites above baseline", AscitesAboveBaseline),
                ($"bilirubin rising on 3 days or ≥ {SosVodDiagnosticCriteria.BilirubinThreshold} within 72 h", BilirubinRisingOnThreeDays || bilirubinAtThreshold),
            ];
            int present = signs.Count(sign => sign.Present);
            List<string> reasons = [.. signs.Select(sign => $"{sign.Sign}: {(sign.Present ? "yes" : "no")}"), $"{present} of 5 signs; 2 needed"];
            return new SosVodDiagnosis(SosVodCriteria.EbmtPaediatric2018, present >= 2, null, reasons);
        }
    }
}
