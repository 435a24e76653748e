using System;
using System.Globalization;
using AllTx.Domain.Patients;
using AllTx.Domain.Units;

namespace AllTx.Domain.Registry
{
    /// <summary>
    /// The measured part of the HCT-CI definitions (<see cref="HctCiCatalogue"/>, <see cref="SourceReference.HctComorbidityIndex"/>):
    /// each method returns the comorbidity a measurement establishes, or null when it establishes none. The clinical parts
    /// of the same definitions (chronic hepatitis, cirrhosis, dyspnoea, oxygen, dialysis, renal transplantation, coronary
    /// disease, heart failure) are a clinician's finding: record those comorbidities directly. Where a patient has both a
    /// measured and a clinical finding of one organ, record the higher grade.
    /// </summary>
    public static class HctCiFindings
    {
        /// <summary>Hepatic grade from liver tests in multiples of the upper limit of normal (ULN): bilirubin &gt; 1.5 × ULN or AST/ALT &gt; 2.5 × ULN is moderate/severe; bilirubin &gt; ULN or AST/ALT &gt; ULN (and not above those) is mild.</summary>
        /// <param name="bilirubinTimesUpperLimit">Total bilirubin ÷ its ULN (1.0 = at the ULN).</param>
        /// <param name="aminotransferaseTimesUpperLimit">The higher of AST ÷ ULN and ALT ÷ ULN.</param>
        /// <returns><see cref="HctComorbidity.HepaticModerateOrSevere"/>, <see cref="HctComorbidity.HepaticMild"/> or null.</returns>
        /// <exception cref="DomainValidationException">A negative ratio.</exception>
        public static HctComorbidity? Hepatic(decimal bilirubinTimesUpperLimit, decimal aminotransferaseTimesUpperLimit)
        {
            decimal bilirubin = NotNegative(bilirubinTimesUpperLimit, nameof(bilirubinTimesUpperLimit));
            decimal aminotransferase = NotNegative(aminotransferaseTimesUpperLimit, nameof(aminotransferaseTimesUpperLimit));
            return bilirubin > 1.5m || aminotransferase > 2.5m ? HctComorbidity.HepaticModerateOrSevere
                : bilirubin > 1m || aminotransferase > 1m ? HctComorbidity.HepaticMild
                : null;
        }

        /// <summary>
        /// Pulmonary grade from the lower of DLCO and FEV1 in % of predicted: ≤ 65 % is severe, 66–80 % moderate, above 80 %
        /// none. The paper writes whole percentages; a value between 65 and 66 is read as moderate (above 65).
        /// </summary>
        /// <param name="lowerOfDlcoAndFev1Percent">The lower of DLCO and FEV1, % of predicted.</param>
        /// <returns><see cref="HctComorbidity.PulmonarySevere"/>, <see cref="HctComorbidity.PulmonaryModerate"/> or null.</returns>
        /// <exception cref="DomainValidationException">A negative percentage.</exception>
        public static HctComorbidity? Pulmonary(decimal lowerOfDlcoAndFev1Percent) =>
            NotNegative(lowerOfDlcoAndFev1Percent, nameof(lowerOfDlcoAndFev1Percent)) switch
            {
                <= 65m => HctComorbidity.PulmonarySevere,
                <= 80m => HctComorbidity.PulmonaryModerate,
                _ => null,
            };

        /// <summary>Moderate/severe renal disease from serum creatinine above 2 mg/dL (in any concentration unit; µmol/L converts at 88.4 µmol/L per mg/dL).</summary>
        /// <param name="serumCreatinine">The serum creatinine with its unit.</param>
        /// <returns><see cref="HctComorbidity.RenalModerateOrSevere"/> or null.</returns>
        /// <exception cref="IncommensurableUnitsException">The quantity is not a concentration.</exception>
        public static HctComorbidity? Renal(Quantity serumCreatinine)
        {
            ArgumentNullException.ThrowIfNull(serumCreatinine);
            return CreatinineConversion.ToMilligramsPerDecilitre(serumCreatinine) > Quantity.Of(2m, Unit.MilligramPerDecilitre) ? HctComorbidity.RenalModerateOrSevere : null;
        }

        /// <summary>Obesity from a body mass index above 35 kg/m², computed from weight and height.</summary>
        /// <param name="weight">The body weight.</param>
        /// <param name="height">The body height.</param>
        /// <returns><see cref="HctComorbidity.Obesity"/> or null.</returns>
        /// <exception cref="DomainValidationException">An uninitialised weight or height.</exception>
        public static HctComorbidity? Obesity(BodyWeight weight, BodyHeight height)
        {
            decimal metres = height.Require(nameof(height)).Value / 100m;
            return weight.Require(nameof(weight)).Value / (metres * metres) > 35m ? HctComorbidity.Obesity : null;
        }

        /// <summary>Cardiac disease from a left ventricular ejection fraction of 50 % or less.</summary>
        /// <param name="ejectionFractionPercent">The ejection fraction, %.</param>
        /// <returns><see cref="HctComorbidity.Cardiac"/> or null.</returns>
        /// <exception cref="DomainValidationException">A percentage outside 0 to 100.</exception>
        public static HctComorbidity? Cardiac(decimal ejectionFractionPercent) =>
            ejectionFractionPercent is < 0m or > 100m
                ? throw new DomainValidationException(nameof(HctCiFindings), "takes an ejection fraction from 0 to 100 %", ejectionFractionPercent.ToString(CultureInfo.InvariantCulture), nameof(ejectionFractionPercent))
                : ejectionFractionPercent <= 50m ? HctComorbidity.Cardiac : null;

        private static decimal NotNegative(decimal value, string paramName) =>
            value >= 0m ? value : throw new DomainValidationException(nameof(HctCiFindings), $"takes {paramName} of 0 or more", value.ToString(CultureInfo.InvariantCulture), paramName);
    }
}
