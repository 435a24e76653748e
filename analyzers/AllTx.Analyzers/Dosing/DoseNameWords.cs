using System.Collections.Generic;
using AllTx.Analyzers.Safety;

namespace AllTx.Analyzers.Dosing
{
    /// <summary>
    /// Reads the words of a dose-named number (ATX1002, ATX1005): which names are not doses at all, which say radiation, and
    /// which fit both (documented in docs/rules/ATX1002.md and ATX1005.md).
    /// </summary>
    internal static class DoseNameWords
    {
        private static readonly NamePatterns DefaultDoseWords = NamePatterns.Parse(DoseNameRule.DefaultPatterns);

        // A ratio of a dose, not a dose: percentOfPrescribedDose, relativeDose, doseRatio ("fraction of" is handled apart).
        private static readonly HashSet<string> RatioWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "percent", "percentage", "pct", "relative", "rel", "ratio", "proportion", "factor", "multiplier", "risk",
            "probability", "likelihood",
        };

        // Another quantity about a dose, not the dose: doseVolumeMl, doseConcentration, doseWeight (the weight dosed on).
        private static readonly HashSet<string> OtherQuantityWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "volume", "vol", "concentration", "conc", "weight", "height", "bsa",
        };

        // Dose-volume histogram and biologically weighted values: in Gy, but neither a drug dose nor a RadiationDose.
        private static readonly HashSet<string> DoseVolumeAndBiologicalWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "dvh", "iso", "isodose", "eqd", "eqd2", "biologically",
        };

        // What "dose at …" is measured at when the name is a dose-volume value: doseAtVolume, doseAt95Percent.
        private static readonly HashSet<string> VolumeWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "volume", "vol", "cc", "percent", "pct",
        };

        // Words that say radiation therapy (the radiation words of a name).
        private static readonly HashSet<string> RadiationWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "gy", "gray", "cgy", "centigray", "fraction", "fractions", "fractionated", "fx", "tbi", "tmi", "tli", "tmli",
            "radiation", "radiotherapy", "irradiation", "xrt", "rt", "beam",
        };

        // Words a drug dose and a radiation dose share: prescriptionDose, totalDose, plannedDose.
        private static readonly HashSet<string> SharedWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "prescription", "prescribed", "rx", "planned", "plan", "delivered", "total", "cumulative",
        };

        // Units of a drug dose, never of a radiation dose: doseMg, dose_ug, doseUnitsPerKg.
        private static readonly HashSet<string> DrugUnitWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "mg", "ug", "mcg", "g", "kg", "ml", "iu", "units", "m2", "micrograms", "milligrams", "grams",
        };

        /// <summary>What the matched name is (see <see cref="DoseNameKind"/>).</summary>
        internal static DoseNameKind Classify(NameMatch match)
        {
            IReadOnlyList<string> words = match.Words;
            if (AmountNames.IsNotAnAmount(words) || IsRatioOrQuantityAtDose(words, match.Subject) || CountsFractions(words, match.Subject))
            {
                return DoseNameKind.NotADose;
            }

            return HasRadiationWord(words) ? DoseNameKind.Radiation
                : IsShared(words) ? DoseNameKind.Contextual
                : DoseNameKind.Drug;
        }

        /// <summary>True when a word of the name says radiation therapy (<c>tbiDose</c>, <c>dosePerFraction</c>, <c>doseGy</c>).</summary>
        internal static bool HasRadiationWord(IReadOnlyList<string> words)
        {
            foreach (string word in words)
            {
                if (RadiationWords.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when the name says no radiation and no drug unit, and its words before any <c>per</c> or <c>in</c> are dose
        /// words or words a drug and a radiation dose share (<c>prescriptionDose</c>, <c>totalDose</c>, <c>dose</c>): such a
        /// name is a radiation dose in a radiation context (<see cref="RadiationContext"/>), else a drug dose.
        /// </summary>
        internal static bool IsShared(IReadOnlyList<string> words)
        {
            if (HasRadiationWord(words))
            {
                return false;
            }

            bool unit = false;
            foreach (string word in words)
            {
                unit |= word is "per" or "in";
                if (DrugUnitWords.Contains(word) || (!unit && !IsDoseOrShared(word)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The words of a declared name as the default dose words split them (<c>totaldose</c> → total, dose), for the rules'
        /// second look at a name that their first look (<see cref="Classify"/>) found to be <see cref="DoseNameKind.Contextual"/>.
        /// </summary>
        internal static IReadOnlyList<string> WordsOf(string name) =>
            DefaultDoseWords.Match(name)?.Words ?? IdentifierWords.Split(name);

        // dose, dosage, a shared word, or both run together (totaldose): read alike whether or not the name was split at "dose".
        private static bool IsDoseOrShared(string word) =>
            SharedWords.Contains(word) || EndsWithDoseAfterShared(word, "dose") || EndsWithDoseAfterShared(word, "dosage");

        private static bool EndsWithDoseAfterShared(string word, string dose) =>
            word.EndsWith(dose, System.StringComparison.Ordinal)
            && (word.Length == dose.Length || SharedWords.Contains(word.Substring(0, word.Length - dose.Length)));

        private static bool IsRatioOrQuantityAtDose(IReadOnlyList<string> words, int subject)
        {
            for (int i = 0; i < words.Count; i++)
            {
                string word = words[i];
                bool next = i + 1 < words.Count;
                if (RatioWords.Contains(word)
                    || OtherQuantityWords.Contains(word)
                    || DoseVolumeAndBiologicalWords.Contains(word)
                    || (word == "fraction" && next && words[i + 1] == "of")
                    || (word == "at" && i < subject)
                    || (word == "at" && i > subject && subject >= 0 && next && (VolumeWords.Contains(words[i + 1]) || char.IsDigit(words[i + 1][0]))))
                {
                    return true;
                }
            }

            return false;
        }

        // numberOfFractions is a count, and so is doseFractions: the last word "fractions" after the dose word.
        private static bool CountsFractions(IReadOnlyList<string> words, int subject) =>
            words.Count > 1 && words[words.Count - 1] == "fractions" && subject < words.Count - 1;
    }
}
