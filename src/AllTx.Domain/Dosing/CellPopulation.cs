using System.Text.Json.Serialization;

namespace AllTx.Domain.Dosing
{
    /// <summary>
    /// Which cells a cell dose counts. UCUM ignores annotations such as <c>{cells}</c> when converting, so the counted
    /// population is its own field (<see cref="SourceReference.KymriahLabel"/>: tisagenlecleucel is dosed in CAR-positive viable T cells,
    /// DLI in CD3+ cells per kg).
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<CellPopulation>))]
    public enum CellPopulation
    {
        /// <summary>CAR-positive viable T cells (CAR-T product doses).</summary>
        CarPositiveViableTCells = 1,

        /// <summary>CD3-positive cells (donor lymphocyte infusion doses).</summary>
        Cd3PositiveCells,

        /// <summary>CD34-positive cells (stem cell graft doses).</summary>
        Cd34PositiveCells,

        /// <summary>Total nucleated cells (marrow and cord blood grafts).</summary>
        TotalNucleatedCells,
    }
}
