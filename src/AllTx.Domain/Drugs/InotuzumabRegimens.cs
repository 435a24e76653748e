using AllTx.Domain.Dosing;

namespace AllTx.Domain.Drugs
{
    /// <summary>
    /// Inotuzumab ozogamicin label regimens as doses per cycle day (<see cref="SourceReference.InotuzumabLabel"/>). Cycle 1
    /// for all patients: 0.8 mg/m2 on day 1, 0.5 mg/m2 on days 8 and 15, a 21-day cycle that may be extended to 28 days
    /// (a 7-day treatment-free interval starting on day 21) for a patient in CR or CRi and/or to recover from toxicity.
    /// Later cycles, 28 days each: 0.5 mg/m2 on days 1, 8 and 15 for a patient who achieved CR or CRi; 0.8, 0.5 and 0.5
    /// mg/m2 for one who did not. The cycle shapes give the label's cycle length as <see cref="TreatmentCycle.DaysOnTreatment"/>
    /// and the optional interval as <see cref="TreatmentCycle.TreatmentFreeDays"/>. The label's ± 2-day dose window (at
    /// least 6 days between doses) and its cycle-count limits are not encoded. Data with a source, never advice.
    /// </summary>
    public static class InotuzumabRegimens
    {
        /// <summary>Cycle 1: 0.8 mg/m2 on day 1, 0.5 mg/m2 on days 8 and 15; a 21-day cycle (1.8 mg/m2 in all).</summary>
        public static LabelRegimen FirstCycle { get; } = Weekly("inotuzumab ozogamicin, cycle 1", TreatmentCycle.Of(21, 0), 0.8m);

        /// <summary>Cycle 1 extended to 28 days: the same doses with a 7-day treatment-free interval from day 21 (for CR/CRi and/or recovery from toxicity).</summary>
        public static TreatmentCycle FirstCycleExtended { get; } = TreatmentCycle.Of(21, 7);

        /// <summary>Later cycles after CR or CRi: 0.5 mg/m2 on days 1, 8 and 15; a 28-day cycle (1.5 mg/m2 in all).</summary>
        public static LabelRegimen LaterCycleAfterCompleteRemission { get; } = Weekly("inotuzumab ozogamicin, later cycle after CR or CRi", TreatmentCycle.Of(28, 0), 0.5m);

        /// <summary>Later cycles without CR or CRi: 0.8 mg/m2 on day 1, 0.5 mg/m2 on days 8 and 15; a 28-day cycle (1.8 mg/m2 in all).</summary>
        public static LabelRegimen LaterCycleWithoutCompleteRemission { get; } = Weekly("inotuzumab ozogamicin, later cycle without CR or CRi", TreatmentCycle.Of(28, 0), 0.8m);

        /// <summary>The later-cycle regimen for a patient's response.</summary>
        /// <param name="achievedCompleteRemission">True when the patient achieved CR or CRi.</param>
        /// <returns><see cref="LaterCycleAfterCompleteRemission"/> or <see cref="LaterCycleWithoutCompleteRemission"/>.</returns>
        public static LabelRegimen LaterCycle(bool achievedCompleteRemission) =>
            achievedCompleteRemission ? LaterCycleAfterCompleteRemission : LaterCycleWithoutCompleteRemission;

        private static LabelRegimen Weekly(string name, TreatmentCycle cycle, decimal firstDayMilligramsPerSquareMetre) => LabelRegimen.Create(
            StandardDrugs.InotuzumabOzogamicin.Id,
            name,
            cycle,
            [
                RegimenStep.Create(WeightBand.Any, DayRange.Day(1), PerSquareMetre(firstDayMilligramsPerSquareMetre)),
                RegimenStep.Create(WeightBand.Any, DayRange.Day(8), PerSquareMetre(0.5m)),
                RegimenStep.Create(WeightBand.Any, DayRange.Day(15), PerSquareMetre(0.5m)),
            ],
            SourceReference.InotuzumabLabel);

        private static LabelDose PerSquareMetre(decimal milligrams) => LabelDose.Exactly(Dose.PerBodySurfaceArea(milligrams, DoseUnit.Parse("mg/m2")));
    }
}
