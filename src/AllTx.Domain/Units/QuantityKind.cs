namespace AllTx.Domain.Units
{
    /// <summary>
    /// What a unit measures before any normalisation, rate or concentration is applied. Units of different kinds are never
    /// commensurable (UCUM, The Unified Code for Units of Measure, section on commensurable units).
    /// </summary>
    public enum QuantityKind
    {
        /// <summary>Mass (UCUM base unit gram, <c>g</c>).</summary>
        Mass = 1,

        /// <summary>Amount of substance (UCUM <c>mol</c>), used by substance concentrations such as <c>umol/L</c>.</summary>
        AmountOfSubstance,

        /// <summary>A number of cells (UCUM unity with a power of ten, <c>10*6</c>, optionally annotated <c>{cells}</c>).</summary>
        CellCount,

        /// <summary>A dimensionless fraction (UCUM <c>%</c>).</summary>
        Fraction,

        /// <summary>Length (UCUM <c>m</c>, <c>cm</c>), used for body height.</summary>
        Length,

        /// <summary>Area (UCUM <c>m2</c>), used for body-surface area.</summary>
        Area,
    }
}
