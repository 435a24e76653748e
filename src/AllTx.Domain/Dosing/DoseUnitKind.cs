using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Dosing
{
    /// <summary>
    /// The kinds of dose unit, combinable as flags to say which kinds make sense for a drug (for example:
    /// TKIs in mg/d, blinatumomab in ug/d or ug/(m2.d), fludarabine in mg/m2, ATG in mg/kg, CAR-T in 10*6/kg or
    /// 10*8{cells}).
    /// </summary>
    [Flags]
    [JsonConverter(typeof(StrictEnumConverter<DoseUnitKind>))]
    public enum DoseUnitKind
    {
        /// <summary>A fixed mass per administration, e.g. <c>mg</c>.</summary>
        FixedMass = 1,

        /// <summary>A fixed mass per day, e.g. <c>mg/d</c>, <c>ug/d</c>.</summary>
        FixedMassPerDay = 2,

        /// <summary>A mass per kg of body weight, e.g. <c>mg/kg</c>.</summary>
        MassPerKilogram = 4,

        /// <summary>A mass per kg of body weight per day, e.g. <c>mg/(kg.d)</c>.</summary>
        MassPerKilogramPerDay = 8,

        /// <summary>A mass per m² of body-surface area, e.g. <c>mg/m2</c>.</summary>
        MassPerSquareMetre = 16,

        /// <summary>A mass per m² of body-surface area per day, e.g. <c>ug/(m2.d)</c>.</summary>
        MassPerSquareMetrePerDay = 32,

        /// <summary>A total number of cells, e.g. <c>10*8{cells}</c>.</summary>
        TotalCells = 64,

        /// <summary>A number of cells per kg of body weight, e.g. <c>10*6/kg</c>.</summary>
        CellsPerKilogram = 128,
    }
}
