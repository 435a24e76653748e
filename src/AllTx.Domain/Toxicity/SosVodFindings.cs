using System.Globalization;
using AllTx.Domain.Laboratory;
using AllTx.Domain.Transplant;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// The findings SOS/VOD diagnostic criteria look at (<see cref="SosVodCriteria"/>): the day after HSCT, total bilirubin
    /// with its unit, painful hepatomegaly, ascites, weight gain above the baseline weight, and — for late-onset SOS/VOD
    /// under the EBMT adult criteria — histological proof and haemodynamic or ultrasound evidence. Diagnose with
    /// <see cref="SosVodDiagnosticCriteria"/>.
    /// </summary>
    public sealed record SosVodFindings
    {
        private SosVodFindings(TransplantDay day, LabValue totalBilirubin, decimal weightGainPercent)
        {
            Day = day;
            TotalBilirubin = totalBilirubin;
            WeightGainPercent = weightGainPercent;
        }

        /// <summary>The day after HSCT the findings were made (day 0 or later).</summary>
        public TransplantDay Day { get; }

        /// <summary>Total bilirubin, in mg/dL or µmol/L.</summary>
        public LabValue TotalBilirubin { get; }

        /// <summary>Weight gain above the baseline weight, in percent (negative for a loss).</summary>
        public decimal WeightGainPercent { get; }

        /// <summary>Painful hepatomegaly.</summary>
        public bool PainfulHepatomegaly { get; private init; }

        /// <summary>Ascites.</summary>
        public bool Ascites { get; private init; }

        /// <summary>SOS/VOD proven by histology (counts for late onset under the EBMT adult criteria).</summary>
        public bool HistologicallyProven { get; private init; }

        /// <summary>Haemodynamic and/or ultrasound evidence of SOS/VOD (needed for the EBMT adult late-onset route by signs).</summary>
        public bool HaemodynamicOrUltrasoundEvidence { get; private init; }

        /// <summary>The findings of one SOS/VOD assessment.</summary>
        /// <param name="day">The day after HSCT, day 0 or later.</param>
        /// <param name="totalBilirubin">Total bilirubin (<see cref="LabAnalyte.TotalBilirubin"/>).</param>
        /// <param name="painfulHepatomegaly">Painful hepatomegaly.</param>
        /// <param name="ascites">Ascites.</param>
        /// <param name="weightGainPercent">Weight gain above baseline, in percent.</param>
        /// <param name="histologicallyProven">SOS/VOD proven by histology.</param>
        /// <param name="haemodynamicOrUltrasoundEvidence">Haemodynamic and/or ultrasound evidence of SOS/VOD.</param>
        /// <returns>The findings.</returns>
        /// <exception cref="DomainValidationException">A day before HSCT, a lab value that is not total bilirubin, or a weight change below −100 %.</exception>
        public static SosVodFindings Of(
            TransplantDay day,
            LabValue totalBilirubin,
            bool painfulHepatomegaly,
            bool ascites,
            decimal weightGainPercent,
            bool histologicallyProven = false,
            bool haemodynamicOrUltrasoundEvidence = false)
        {
            if (day.Offset < 0)
            {
                throw new DomainValidationException(nameof(SosVodFindings), "Day must be day 0 or later (the criteria count days after HSCT)", day.ToString(), nameof(day));
            }

            if (DomainJson.RequireNotNull(totalBilirubin, nameof(SosVodFindings), nameof(totalBilirubin)).Analyte != LabAnalyte.TotalBilirubin)
            {
                throw new DomainValidationException(nameof(SosVodFindings), "TotalBilirubin must be a total bilirubin value", totalBilirubin.Analyte.ToString(), nameof(totalBilirubin));
            }

            if (weightGainPercent <= -100m)
            {
                throw new DomainValidationException(nameof(SosVodFindings), "WeightGainPercent must be above -100 %", weightGainPercent.ToString(CultureInfo.InvariantCulture), nameof(weightGainPercent));
            }

            return new SosVodFindings(day, totalBilirubin, weightGainPercent)
            {
                PainfulHepatomegaly = painfulHepatomegaly,
                Ascites = ascites,
                HistologicallyProven = histologicallyProven,
                HaemodynamicOrUltrasoundEvidence = haemodynamicOrUltrasoundEvidence,
            };
        }
    }
}
