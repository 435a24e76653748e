using System;
using System.Collections.Generic;
using System.Globalization;
using AllTx.Domain.Units;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// SOS/VOD diagnosis under named criteria. <see cref="Baltimore"/> (<see cref="SourceReference.BaltimoreSosVodCriteria"/>):
    /// up to day +21 after HSCT, total bilirubin ≥ 2 mg/dL and at least two of painful hepatomegaly, ascites and weight
    /// gain &gt; 5 %. <see cref="EbmtAdult2016"/> (<see cref="SourceReference.EbmtAdultSosVodCriteria2016"/>): classical SOS/VOD
    /// up to day +21 is the Baltimore rule; late-onset SOS/VOD after day +21 is the Baltimore rule beyond day 21, or
    /// histologically proven SOS/VOD, or at least two of bilirubin ≥ 2 mg/dL, painful hepatomegaly, weight gain &gt; 5 % and
    /// ascites together with haemodynamic and/or ultrasound evidence. The criteria need the other causes of these signs
    /// excluded, which the findings do not record. The paediatric EBMT criteria (2018) are
    /// <see cref="EbmtPaediatricSosVodFindings.Diagnose"/>. Published restatements of the Baltimore and modified Seattle
    /// criteria differ in detail (bilirubin ≥ or &gt; 2 mg/dL; hepatomegaly with or without pain): the SDK follows the EBMT
    /// 2016 restatement of Baltimore and leaves the modified Seattle criteria out until their text is checked. Relevant after inotuzumab ozogamicin (<see cref="SourceReference.InotuzumabLabel"/>).
    /// </summary>
    public static class SosVodDiagnosticCriteria
    {
        /// <summary>The last day after HSCT of classical (Baltimore) SOS/VOD: day +21.</summary>
        public const int ClassicalUntilDay = 21;

        /// <summary>Weight gain above baseline must exceed this percentage: 5.</summary>
        public const decimal WeightGainAbovePercent = 5m;

        /// <summary>The bilirubin threshold, included: 2 mg/dL (34 µmol/L).</summary>
        public static Quantity BilirubinThreshold { get; } = Quantity.Of(2m, Unit.MilligramPerDecilitre);

        /// <summary>Applies <paramref name="criteria"/> to <paramref name="findings"/>.</summary>
        /// <param name="criteria">The named criteria set.</param>
        /// <param name="findings">The findings.</param>
        /// <returns>The diagnosis.</returns>
        /// <exception cref="DomainValidationException">An undeclared criteria set, or the paediatric EBMT set, which looks at other findings (<see cref="EbmtPaediatricSosVodFindings"/>).</exception>
        public static SosVodDiagnosis Diagnose(SosVodCriteria criteria, SosVodFindings findings) => DomainEnum.Require(criteria, nameof(criteria)) switch
        {
            SosVodCriteria.Baltimore => Baltimore(findings),
            SosVodCriteria.EbmtAdult2016 => EbmtAdult2016(findings),
            _ => throw new DomainValidationException(nameof(SosVodDiagnosticCriteria), "applies EbmtPaediatric2018 only to EbmtPaediatricSosVodFindings (EbmtPaediatricSosVodFindings.Diagnose)", criteria.ToString(), nameof(criteria)),
        };

        /// <summary>The Baltimore criteria: day +21 or earlier, bilirubin ≥ 2 mg/dL and two of painful hepatomegaly, ascites, weight gain &gt; 5 %.</summary>
        /// <param name="findings">The findings.</param>
        /// <returns>The diagnosis.</returns>
        public static SosVodDiagnosis Baltimore(SosVodFindings findings)
        {
            ArgumentNullException.ThrowIfNull(findings);
            List<string> reasons = [];
            bool withinWindow = findings.Day.Offset <= ClassicalUntilDay;
            reasons.Add($"{findings.Day} is {(withinWindow ? "within" : "after")} the first {ClassicalUntilDay} days after HSCT");
            bool met = withinWindow && BaltimoreSigns(findings, reasons);
            return new SosVodDiagnosis(SosVodCriteria.Baltimore, met, null, reasons);
        }

        /// <summary>The EBMT adult criteria (2016): classical up to day +21, late onset after it.</summary>
        /// <param name="findings">The findings.</param>
        /// <returns>The diagnosis, with its onset class.</returns>
        public static SosVodDiagnosis EbmtAdult2016(SosVodFindings findings)
        {
            ArgumentNullException.ThrowIfNull(findings);
            List<string> reasons = [];
            if (findings.Day.Offset <= ClassicalUntilDay)
            {
                reasons.Add($"{findings.Day}: classical SOS/VOD (first {ClassicalUntilDay} days) needs the Baltimore signs");
                return new SosVodDiagnosis(SosVodCriteria.EbmtAdult2016, BaltimoreSigns(findings, reasons), SosVodOnset.Classical, reasons);
            }

            reasons.Add($"{findings.Day}: late-onset SOS/VOD (after day +{ClassicalUntilDay})");
            bool baltimore = BaltimoreSigns(findings, reasons);
            reasons.Add(findings.HistologicallyProven ? "histologically proven" : "not histologically proven");
            int signs = Count(Bilirubin(findings), findings.PainfulHepatomegaly, WeightGain(findings), findings.Ascites);
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{signs} of 4 signs (bilirubin, painful hepatomegaly, weight gain, ascites) with{(findings.HaemodynamicOrUltrasoundEvidence ? string.Empty : "out")} haemodynamic or ultrasound evidence"));
            bool met = baltimore || findings.HistologicallyProven || (signs >= 2 && findings.HaemodynamicOrUltrasoundEvidence);
            return new SosVodDiagnosis(SosVodCriteria.EbmtAdult2016, met, SosVodOnset.LateOnset, reasons);
        }

        private static bool BaltimoreSigns(SosVodFindings findings, List<string> reasons)
        {
            bool bilirubin = Bilirubin(findings);
            int signs = Count(findings.PainfulHepatomegaly, findings.Ascites, WeightGain(findings));
            reasons.Add($"total bilirubin {findings.TotalBilirubin.Quantity} is {(bilirubin ? string.Empty : "not ")}≥ {BilirubinThreshold}");
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{signs} of 3 signs (painful hepatomegaly: {YesNo(findings.PainfulHepatomegaly)}, ascites: {YesNo(findings.Ascites)}, weight gain {findings.WeightGainPercent} % > {WeightGainAbovePercent} %: {YesNo(WeightGain(findings))}); 2 needed"));
            return bilirubin && signs >= 2;
        }

        private static bool Bilirubin(SosVodFindings findings) => findings.TotalBilirubin >= BilirubinThreshold;

        private static bool WeightGain(SosVodFindings findings) => findings.WeightGainPercent > WeightGainAbovePercent;

        private static string YesNo(bool value) => value ? "yes" : "no";

        private static int Count(params bool[] signs) => Array.FindAll(signs, sign => sign).Length;
    }
}
