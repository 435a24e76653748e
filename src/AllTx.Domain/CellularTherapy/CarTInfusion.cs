using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
using AllTx.Domain.Dosing;
using AllTx.Domain.Patients;
using AllTx.Domain.Transplant;
using AllTx.Domain.Units;

namespace AllTx.Domain.CellularTherapy
{
    /// <summary>
    /// One CAR-T infusion (CIBMTR forms 4000/4003/4006): date, product, cell source, the cell
    /// dose (which cells are counted is part of the dose), the lymphodepletion drugs with their doses (e.g. fludarabine +
    /// cyclophosphamide), and the infusion number (1 for the first, 2 or more for a re-infusion). JSON: the properties by
    /// name, the product as its catalogue name.
    /// </summary>
    public sealed record CarTInfusion
    {
        [JsonConstructor]
        private CarTInfusion(DateOnly date, CarTProduct product, CellSource source, Dose dose, IReadOnlyList<DosedDrug> lymphodepletion, int infusionNumber)
        {
            DomainJson.Validate(() => Check(product, source, dose, lymphodepletion, infusionNumber));
            (Date, Product, Source, Dose, Lymphodepletion, InfusionNumber) = (date, product, source, dose, lymphodepletion, infusionNumber);
        }

        /// <summary>The infusion date.</summary>
        public DateOnly Date { get; }

        /// <summary>The product.</summary>
        public CarTProduct Product { get; }

        /// <summary>Whose T cells were used.</summary>
        public CellSource Source { get; }

        /// <summary>The cell dose given.</summary>
        public Dose Dose { get; }

        /// <summary>The lymphodepletion drugs with their doses; empty when none was given.</summary>
        public IReadOnlyList<DosedDrug> Lymphodepletion { get; }

        /// <summary>1 for the first infusion, 2 or more for a re-infusion.</summary>
        public int InfusionNumber { get; }

        /// <summary>True for a re-infusion.</summary>
        [JsonIgnore]
        public bool IsReinfusion => InfusionNumber > 1;

        /// <summary>An infusion.</summary>
        /// <param name="date">The date.</param>
        /// <param name="product">The product.</param>
        /// <param name="source">The cell source; one the product can be made from.</param>
        /// <param name="dose">A cell dose of CAR-positive viable T cells.</param>
        /// <param name="lymphodepletion">The lymphodepletion drugs.</param>
        /// <param name="infusionNumber">1 or more.</param>
        /// <returns>The infusion.</returns>
        /// <exception cref="DomainValidationException">A dose that does not count CAR-positive viable T cells, a source the product is not made from, or an infusion number below 1.</exception>
        public static CarTInfusion Of(DateOnly date, CarTProduct product, CellSource source, Dose dose, IEnumerable<DosedDrug> lymphodepletion, int infusionNumber)
        {
            ArgumentNullException.ThrowIfNull(lymphodepletion);
            List<DosedDrug> drugs = lymphodepletion.ToList();
            Check(product, source, dose, drugs, infusionNumber);
            return new CarTInfusion(date, product, source, dose, drugs, infusionNumber);
        }

        private static void Check(CarTProduct product, CellSource source, Dose dose, IReadOnlyList<DosedDrug> lymphodepletion, int infusionNumber)
        {
            DomainJson.RequireNotNull(product, nameof(CarTInfusion), nameof(Product));
            DomainJson.RequireNotNull(dose, nameof(CarTInfusion), nameof(Dose));
            if (DomainJson.RequireNotNull(lymphodepletion, nameof(CarTInfusion), nameof(Lymphodepletion)).Any(drug => drug is null))
            {
                throw new DomainValidationException(nameof(CarTInfusion), "Lymphodepletion must not hold null", "null", nameof(Lymphodepletion));
            }

            if (dose.CountedCells != CellPopulation.CarPositiveViableTCells)
            {
                throw new DomainValidationException(nameof(CarTInfusion), "Dose must count CAR-positive viable T cells", dose.ToString(), nameof(Dose));
            }

            if (!product.Sources.Contains(DomainEnum.Require(source, nameof(Source))))
            {
                throw new DomainValidationException(nameof(CarTInfusion), $"Source must be one {product.Name} is made from ({string.Join(", ", product.Sources)})", source.ToString(), nameof(Source));
            }

            if (infusionNumber < 1)
            {
                throw new DomainValidationException(nameof(CarTInfusion), "InfusionNumber must be at least 1", infusionNumber.ToString(CultureInfo.InvariantCulture), nameof(InfusionNumber));
            }
        }

        /// <summary>
        /// Checks the dose against the product's label rule for the patient's weight (e.g. tisagenlecleucel ≤ 50 kg
        /// 0.2–5.0 × 10⁶/kg, &gt; 50 kg 0.1–2.5 × 10⁸ total): the dose is turned into the absolute number of cells and
        /// compared; an investigational construct without a label dose is <see cref="DoseRangeCheck.NotComparable"/>.
        /// </summary>
        /// <param name="measurements">The patient's body measurements.</param>
        /// <returns>Within, above, below, or not comparable.</returns>
        public DoseRangeCheck CheckDose(BodyMeasurements measurements)
        {
            ArgumentNullException.ThrowIfNull(measurements);
            if (Product.LabelRegimen is not { } regimen)
            {
                return new DoseRangeCheck.NotComparable($"{Product.Name} is investigational and has no label dose.");
            }

            Quantity given = Dose.ToAbsoluteDose(measurements).Value;
            return regimen.Check(measurements, CycleDay.From(1), given);
        }

        /// <summary>"2025-05-02 tisagenlecleucel infusion 1: 2 10*6/kg CarPositiveViableTCells".</summary>
        /// <returns>The infusion in words.</returns>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd} {Product.Name} infusion {InfusionNumber}: {Dose}");
    }
}
