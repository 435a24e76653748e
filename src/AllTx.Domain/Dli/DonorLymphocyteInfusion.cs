using System;
using System.Globalization;
using System.Text.Json.Serialization;
using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;

namespace AllTx.Domain.Dli
{
    /// <summary>
    /// One donor lymphocyte infusion after allo-HSCT: date, indication and dose in CD3+ cells per kg
    /// (<see cref="SourceReference.RelapsePreventionAfterHsct"/>; CIBMTR form 2199). JSON: <c>Date</c>, <c>Indication</c>, <c>Dose</c>.
    /// </summary>
    public sealed record DonorLymphocyteInfusion
    {
        [JsonConstructor]
        private DonorLymphocyteInfusion(DateOnly date, DliIndication indication, Dose dose)
        {
            DomainJson.Validate(() => Check(indication, dose));
            (Date, Indication, Dose) = (date, indication, dose);
        }

        /// <summary>The infusion date.</summary>
        public DateOnly Date { get; }

        /// <summary>Why the DLI was given.</summary>
        public DliIndication Indication { get; }

        /// <summary>The dose, in CD3+ cells per kg.</summary>
        public Dose Dose { get; }

        /// <summary>A DLI.</summary>
        /// <param name="date">The date.</param>
        /// <param name="indication">The indication.</param>
        /// <param name="dose">A dose of CD3+ cells per kg (e.g. 1 <c>10*6/kg</c>).</param>
        /// <returns>The infusion.</returns>
        /// <exception cref="DomainValidationException">A dose that is not CD3+ cells per kg, or an undeclared indication.</exception>
        public static DonorLymphocyteInfusion Of(DateOnly date, DliIndication indication, Dose dose)
        {
            Check(indication, dose);
            return new DonorLymphocyteInfusion(date, indication, dose);
        }

        /// <summary>"2025-07-01 PreEmptiveForMrd DLI 1 10*6/kg Cd3PositiveCells".</summary>
        /// <returns>The infusion in words.</returns>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd} {Indication} DLI {Dose}");

        private static void Check(DliIndication indication, Dose dose)
        {
            DomainEnum.Require(indication, nameof(Indication));
            if (dose is null || dose.CountedCells != CellPopulation.Cd3PositiveCells || dose.Unit.Kind != DoseUnitKind.CellsPerKilogram)
            {
                throw new DomainValidationException(nameof(DonorLymphocyteInfusion), "Dose must be CD3+ cells per kg (e.g. 10*6/kg Cd3PositiveCells)", dose?.ToString() ?? "null", nameof(Dose));
            }

            StandardDrugs.DonorLymphocyteInfusion.EnsureAccepts(dose);
        }
    }
}
