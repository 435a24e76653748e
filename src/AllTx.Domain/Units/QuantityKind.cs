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

        /// <summary>A number of entities such as cells or copies (UCUM unity with a power of ten, <c>10*6</c>, optionally annotated <c>{cells}</c>).</summary>
        CellCount,

        /// <summary>A dimensionless fraction (UCUM <c>%</c>).</summary>
        Fraction,

        /// <summary>Length (UCUM <c>m</c>, <c>cm</c>), used for body height.</summary>
        Length,

        /// <summary>Area (UCUM <c>m2</c>), used for body-surface area.</summary>
        Area,

        /// <summary>Volume (UCUM <c>L</c>, <c>mL</c>), e.g. a urine output.</summary>
        Volume,

        /// <summary>Time (UCUM <c>d</c>, <c>mo</c>, <c>a</c>), e.g. an age.</summary>
        Time,

        /// <summary>Arbitrary units, commensurable only with the same unit (UCUM <c>[iU]</c>, <c>[IU]</c>).</summary>
        ArbitraryUnits,

        /// <summary>Any other UCUM quantity (<c>Gy</c>, <c>mm[Hg]</c>).</summary>
        Other,
    }
}
