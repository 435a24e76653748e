using System;
using System.Text.Json.Serialization;
using AllTx.Domain.Dosing;

namespace AllTx.Domain.Transplant
{
    /// <summary>
    /// The stem cell graft's cell content per kg of recipient body weight, as the registry forms record it: CD34+ cells
    /// per kg (e.g. 5 <c>10*6/kg</c>) and, when counted, CD3+ cells per kg. Each is a <see cref="Dose"/> on the per-kg cell
    /// basis that counts the named population; anything else (a total count, a mass, the wrong cells) is refused. No
    /// threshold is judged here. JSON: <c>{"Cd34PerKg":{...},"Cd3PerKg":{...}}</c>.
    /// </summary>
    public sealed record GraftCellDose : IJsonOnDeserialized
    {
        [JsonConstructor]
        private GraftCellDose()
        {
        }

        /// <summary>CD34+ cells per kg.</summary>
        [JsonInclude]
        [JsonRequired]
        public Dose Cd34PerKg { get; private init; } = null!;

        /// <summary>CD3+ cells per kg, or null when not counted.</summary>
        [JsonInclude]
        public Dose? Cd3PerKg { get; private init; }

        /// <summary>The graft's cell doses.</summary>
        /// <param name="cd34PerKg">CD34+ cells per kg (<see cref="Dose.CellsPerBodyWeight"/> with <see cref="CellPopulation.Cd34PositiveCells"/>).</param>
        /// <param name="cd3PerKg">CD3+ cells per kg (<see cref="CellPopulation.Cd3PositiveCells"/>), or null when not counted.</param>
        /// <returns>The graft cell dose.</returns>
        /// <exception cref="DomainValidationException">A dose that is not cells per kg of the named population.</exception>
        public static GraftCellDose Of(Dose cd34PerKg, Dose? cd3PerKg = null)
        {
            GraftCellDose dose = new() { Cd34PerKg = cd34PerKg, Cd3PerKg = cd3PerKg };
            dose.Check();
            return dose;
        }

        /// <summary>"CD34+ 5 10*6/kg Cd34PositiveCells; CD3+ 250 10*6/kg Cd3PositiveCells".</summary>
        /// <returns>The doses.</returns>
        public override string ToString() => $"CD34+ {Cd34PerKg}{(Cd3PerKg is null ? string.Empty : "; CD3+ " + Cd3PerKg)}";

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(Check);

        private static void Require(Dose? dose, CellPopulation population, string field)
        {
            if (dose is null || dose.Unit.Kind != DoseUnitKind.CellsPerKilogram || dose.CountedCells != population)
            {
                throw new DomainValidationException(nameof(GraftCellDose), $"{field} must be cells per kg (e.g. 10*6/kg) counting {population}", dose?.ToString() ?? "null", field);
            }
        }

        private void Check()
        {
            Require(Cd34PerKg, CellPopulation.Cd34PositiveCells, nameof(Cd34PerKg));
            if (Cd3PerKg is not null)
            {
                Require(Cd3PerKg, CellPopulation.Cd3PositiveCells, nameof(Cd3PerKg));
            }
        }
    }
}
