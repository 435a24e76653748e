using AllTx.Domain.Dosing;
using AllTx.Domain.Units;

namespace AllTx.Domain.Drugs
{
    /// <summary>
    /// Label regimens as sourced data, with the numbers as in each product's US prescribing information (its catalogue
    /// entry is the regimen's <c>Source</c>).
    /// Data with a source, never a recommendation.
    /// </summary>
    public static class LabelRegimens
    {
        /// <summary>
        /// Blinatumomab, cycle 1 (<see cref="SourceReference.BlinatumomabLabel"/>): continuous IV infusion, 28 days on and 14 days off.
        /// ≥ 45 kg: 9 ug/d on days 1–7, then 28 ug/d on days 8–28. &lt; 45 kg: 5 ug/m2/d (not above 9 ug/d) on days 1–7,
        /// then 15 ug/m2/d (not above 28 ug/d) on days 8–28.
        /// </summary>
        public static LabelRegimen Blinatumomab { get; } = LabelRegimen.Create(
            StandardDrugs.Blinatumomab.Id,
            "blinatumomab, cycle 1",
            TreatmentCycle.Of(28, 14),
            new[]
            {
                RegimenStep.Create(WeightBand.AtLeast(45m), DayRange.Days(1, 7), Fixed(9m, "ug/d")),
                RegimenStep.Create(WeightBand.AtLeast(45m), DayRange.Days(8, 28), Fixed(28m, "ug/d")),
                RegimenStep.Create(WeightBand.Below(45m), DayRange.Days(1, 7), PerSquareMetre(5m, "ug/(m2.d)"), Quantity.Of(9m, Unit.MicrogramPerDay)),
                RegimenStep.Create(WeightBand.Below(45m), DayRange.Days(8, 28), PerSquareMetre(15m, "ug/(m2.d)"), Quantity.Of(28m, Unit.MicrogramPerDay)),
            },
            SourceReference.BlinatumomabLabel);

        /// <summary>
        /// Inotuzumab ozogamicin, cycle 1 (<see cref="SourceReference.InotuzumabLabel"/>): 0.8 mg/m2 on day 1, 0.5 mg/m2 on days 8 and 15
        /// (1.8 mg/m2 per cycle, see <see cref="InotuzumabFirstCycleTotal"/>).
        /// </summary>
        public static LabelRegimen InotuzumabFirstCycle { get; } = LabelRegimen.Create(
            StandardDrugs.InotuzumabOzogamicin.Id,
            "inotuzumab ozogamicin, cycle 1",
            null,
            new[]
            {
                RegimenStep.Create(WeightBand.Any, DayRange.Day(1), PerSquareMetre(0.8m, "mg/m2")),
                RegimenStep.Create(WeightBand.Any, DayRange.Day(8), PerSquareMetre(0.5m, "mg/m2")),
                RegimenStep.Create(WeightBand.Any, DayRange.Day(15), PerSquareMetre(0.5m, "mg/m2")),
            },
            SourceReference.InotuzumabLabel);

        /// <summary>Inotuzumab ozogamicin, total of cycle 1: 1.8 mg/m2 per cycle (<see cref="SourceReference.InotuzumabLabel"/>).</summary>
        public static Dose InotuzumabFirstCycleTotal { get; } = Dose.PerBodySurfaceArea(1.8m, DoseUnit.Parse("mg/m2"));

        /// <summary>Inotuzumab ozogamicin, total of each later cycle for patients in CR or CRi: 1.5 mg/m2 per cycle (<see cref="SourceReference.InotuzumabLabel"/>).</summary>
        public static Dose InotuzumabLaterCycleTotalInCompleteRemission { get; } = Dose.PerBodySurfaceArea(1.5m, DoseUnit.Parse("mg/m2"));

        /// <summary>
        /// Tisagenlecleucel, single infusion (<see cref="SourceReference.KymriahLabel"/>): ≤ 50 kg 0.2–5.0 × 10⁶ CAR-positive viable T
        /// cells/kg; &gt; 50 kg 0.1–2.5 × 10⁸ CAR-positive viable T cells in total.
        /// </summary>
        public static LabelRegimen Tisagenlecleucel { get; } = LabelRegimen.Create(
            StandardDrugs.Tisagenlecleucel.Id,
            "tisagenlecleucel, single infusion",
            null,
            new[]
            {
                RegimenStep.Create(WeightBand.AtMost(50m), DayRange.Day(1), CarTCells(0.2m, 5.0m, "10*6/kg", Dose.CellsPerBodyWeight)),
                RegimenStep.Create(WeightBand.Above(50m), DayRange.Day(1), CarTCells(0.1m, 2.5m, "10*8{cells}", Dose.TotalCells)),
            },
            SourceReference.KymriahLabel);

        private static LabelDose Fixed(decimal amount, string unit) => LabelDose.Exactly(Dose.Fixed(amount, DoseUnit.Parse(unit)));

        private static LabelDose PerSquareMetre(decimal amount, string unit) => LabelDose.Exactly(Dose.PerBodySurfaceArea(amount, DoseUnit.Parse(unit)));

        private static LabelDose CarTCells(decimal lowest, decimal highest, string unit, System.Func<decimal, DoseUnit, CellPopulation, Dose> dose) =>
            LabelDose.Between(
                dose(lowest, DoseUnit.Parse(unit), CellPopulation.CarPositiveViableTCells),
                dose(highest, DoseUnit.Parse(unit), CellPopulation.CarPositiveViableTCells));
    }
}
