using System;
using System.Collections.Generic;
using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;

namespace AllTx.Domain.CellularTherapy
{
    /// <summary>The label dose rules of the approved CAR-T products, by product name (<see cref="SourceReference.KymriahLabel"/>, <see cref="SourceReference.TecartusLabel"/>).</summary>
    public static class ApprovedCarTRegimens
    {
        /// <summary>Tisagenlecleucel, single infusion: ≤ 50 kg 0.2–5.0 × 10⁶/kg, &gt; 50 kg 0.1–2.5 × 10⁸ total CAR-positive viable T cells (<see cref="LabelRegimens.Tisagenlecleucel"/>).</summary>
        public static LabelRegimen Tisagenlecleucel => LabelRegimens.Tisagenlecleucel;

        /// <summary>
        /// Brexucabtagene autoleucel (KTE-X19), adult relapsed or refractory B-ALL, single infusion: 1 × 10⁶ CAR-positive
        /// viable T cells/kg with a maximum of 1 × 10⁸ CAR-positive viable T cells, applied after normalisation
        /// (<see cref="SourceReference.TecartusLabel"/>, section 2.1).
        /// </summary>
        public static LabelRegimen BrexucabtageneAutoleucel { get; } = LabelRegimen.Create(
            StandardDrugs.BrexucabtageneAutoleucel.Id,
            "brexucabtagene autoleucel, single infusion",
            null,
            [RegimenStep.Create(WeightBand.Any, DayRange.Day(1), LabelDose.Exactly(Dose.CellsPerBodyWeight(1m, DoseUnit.Parse("10*6/kg"), CellPopulation.CarPositiveViableTCells)), Units.Quantity.Of(1m, Units.Unit.HundredMillionCells))],
            SourceReference.TecartusLabel);

        private static readonly Dictionary<string, LabelRegimen> ByProductName = new(StringComparer.Ordinal)
        {
            ["tisagenlecleucel"] = Tisagenlecleucel,
            ["brexucabtagene autoleucel"] = BrexucabtageneAutoleucel,
        };

        /// <summary>The label regimen of an approved product, or null when the name is not an approved product.</summary>
        /// <param name="productName">The product name, e.g. "tisagenlecleucel".</param>
        /// <returns>The regimen, or null.</returns>
        public static LabelRegimen? For(string productName) => ByProductName.GetValueOrDefault(productName);
    }
}
