using System.Globalization;
using AllTx.Domain.Dosing;
using AllTx.Domain.Units;

namespace AllTx.Domain.Drugs
{
    /// <summary>
    /// Blinatumomab label regimens by indication and cycle, as the BLINCYTO label's dosing table gave them when reproduced
    /// in 2019 (<see cref="SourceReference.BlinatumomabLabelDosingTable"/>; the current label was not available to compare
    /// line by line): every cycle is a continuous infusion on days 1–28 at
    /// 28 ug/d (≥ 45 kg) or 15 ug/m2/d not above 28 ug/d (&lt; 45 kg), followed by a treatment-free interval. MRD-positive
    /// B-ALL: cycles 1–4, 14 days off. Relapsed or refractory B-ALL: induction cycle 1 steps up from 9 ug/d
    /// (<see cref="LabelRegimens.Blinatumomab"/>); induction cycle 2 and consolidation cycles 3–5 are 28 days on, 14 off;
    /// continued therapy cycles 6–9 are 28 days on, 56 off. The consolidation-phase regimen of Ph-negative B-ALL added to
    /// the label in June 2024 is not encoded: its text was not available to check. Data with a source, never advice.
    /// </summary>
    public static class BlinatumomabRegimens
    {
        /// <summary>The highest MRD-positive cycle the label lists: 4.</summary>
        public const int LastMrdPositiveCycle = 4;

        /// <summary>The highest relapsed / refractory cycle the label lists: 9 (continued therapy cycles 6–9).</summary>
        public const int LastRelapsedRefractoryCycle = 9;

        /// <summary>MRD-positive B-ALL in first or second complete remission, cycles 1–4: 28 ug/d or 15 ug/m2/d (not above 28 ug/d) on days 1–28, then 14 days treatment-free.</summary>
        public static LabelRegimen MrdPositive { get; } = FullDoseCycles("blinatumomab, MRD-positive B-ALL, cycles 1-4", TreatmentCycle.Of(28, 14));

        /// <summary>Relapsed or refractory B-ALL, induction cycle 2 and consolidation cycles 3–5: 28 ug/d or 15 ug/m2/d (not above 28 ug/d) on days 1–28, then 14 days treatment-free.</summary>
        public static LabelRegimen RelapsedRefractoryInductionAndConsolidation { get; } = FullDoseCycles("blinatumomab, relapsed or refractory B-ALL, cycles 2-5", TreatmentCycle.Of(28, 14));

        /// <summary>Relapsed or refractory B-ALL, continued therapy cycles 6–9: 28 ug/d or 15 ug/m2/d (not above 28 ug/d) on days 1–28, then 56 days treatment-free.</summary>
        public static LabelRegimen RelapsedRefractoryContinuedTherapy { get; } = FullDoseCycles("blinatumomab, relapsed or refractory B-ALL, continued therapy cycles 6-9", TreatmentCycle.Of(28, 56));

        /// <summary>The MRD-positive regimen of cycle <paramref name="cycle"/> (1–4; every one is the same).</summary>
        /// <param name="cycle">The cycle number, 1 to <see cref="LastMrdPositiveCycle"/>.</param>
        /// <returns>The regimen.</returns>
        /// <exception cref="DomainValidationException">A cycle the label does not list.</exception>
        public static LabelRegimen ForMrdPositiveCycle(int cycle) =>
            cycle is >= 1 and <= LastMrdPositiveCycle ? MrdPositive : throw NotListed(cycle, LastMrdPositiveCycle, "MRD-positive");

        /// <summary>The relapsed / refractory regimen of cycle <paramref name="cycle"/>: 1 → induction cycle 1, 2–5 → 14 days off, 6–9 → 56 days off.</summary>
        /// <param name="cycle">The cycle number, 1 to <see cref="LastRelapsedRefractoryCycle"/>.</param>
        /// <returns>The regimen.</returns>
        /// <exception cref="DomainValidationException">A cycle the label does not list.</exception>
        public static LabelRegimen ForRelapsedRefractoryCycle(int cycle) => cycle switch
        {
            1 => LabelRegimens.Blinatumomab,
            >= 2 and <= 5 => RelapsedRefractoryInductionAndConsolidation,
            >= 6 and <= LastRelapsedRefractoryCycle => RelapsedRefractoryContinuedTherapy,
            _ => throw NotListed(cycle, LastRelapsedRefractoryCycle, "relapsed or refractory"),
        };

        private static DomainValidationException NotListed(int cycle, int last, string indication) =>
            new(
                "BlinatumomabCycle",
                string.Create(CultureInfo.InvariantCulture, $"must be a {indication} cycle the label lists (1-{last}; source: {SourceReference.BlinatumomabLabelDosingTable})"),
                cycle.ToString(CultureInfo.InvariantCulture),
                nameof(cycle));

        private static LabelRegimen FullDoseCycles(string name, TreatmentCycle cycle) => LabelRegimen.Create(
            StandardDrugs.Blinatumomab.Id,
            name,
            cycle,
            [
                RegimenStep.Create(WeightBand.AtLeast(45m), DayRange.Days(1, 28), LabelDose.Exactly(Dose.Fixed(28m, DoseUnit.Parse("ug/d")))),
                RegimenStep.Create(WeightBand.Below(45m), DayRange.Days(1, 28), LabelDose.Exactly(Dose.PerBodySurfaceArea(15m, DoseUnit.Parse("ug/(m2.d)"))), Quantity.Of(28m, Unit.MicrogramPerDay)),
            ],
            SourceReference.BlinatumomabLabelDosingTable);
    }
}
