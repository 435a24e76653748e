namespace AllTx.Shared.Units
{
    /// <summary>What a UCUM unit measures in the SDK's stricter model (see <see cref="UcumUnit"/>).</summary>
    internal enum UcumKind
    {
        /// <summary>A number of entities: <c>10*6</c>, <c>{cells}</c>, <c>1</c>.</summary>
        Number = 1,

        /// <summary>Mass (<c>g</c>).</summary>
        Mass,

        /// <summary>Amount of substance (<c>mol</c>, <c>eq</c>, <c>osm</c>).</summary>
        AmountOfSubstance,

        /// <summary>A dimensionless fraction (<c>%</c>, <c>[ppm]</c>).</summary>
        Fraction,

        /// <summary>Length (<c>m</c>).</summary>
        Length,

        /// <summary>Area (<c>m2</c>).</summary>
        Area,

        /// <summary>Volume (<c>L</c>, <c>m3</c>).</summary>
        Volume,

        /// <summary>Time (<c>s</c>, <c>d</c>, <c>mo</c>, <c>a</c>).</summary>
        Time,

        /// <summary>Arbitrary units, commensurable only with the same arbitrary unit (<c>[iU]</c>, <c>[IU]</c>).</summary>
        ArbitraryUnits,

        /// <summary>Anything else (<c>Gy</c>, <c>Pa</c>, <c>mm[Hg]</c>, a mass per mass that is not per body weight).</summary>
        Other,
    }

    /// <summary>What a UCUM unit is normalised to: nothing, body weight (a denominator <c>kg</c>) or body-surface area (a denominator <c>m2</c>).</summary>
    internal enum UcumBasis
    {
        /// <summary>Not normalised.</summary>
        Fixed = 1,

        /// <summary>Per kilogram of body weight.</summary>
        PerKilogramBodyWeight,

        /// <summary>Per square metre of body-surface area.</summary>
        PerSquareMetreBodySurfaceArea,
    }

    /// <summary>Which kind of dose a unit can express (none when it is not a dose unit).</summary>
    internal enum UcumDoseClass
    {
        /// <summary>Not a dose unit (a concentration, a percentage, a length, a volume, …).</summary>
        None,

        /// <summary>A fixed mass: <c>mg</c>.</summary>
        FixedMass,

        /// <summary>A fixed mass per time: <c>mg/d</c>.</summary>
        FixedMassPerTime,

        /// <summary>Mass per kg body weight: <c>mg/kg</c>.</summary>
        MassPerKilogram,

        /// <summary>Mass per kg body weight per time: <c>mg/(kg.d)</c>.</summary>
        MassPerKilogramPerTime,

        /// <summary>Mass per m² body-surface area: <c>mg/m2</c>.</summary>
        MassPerSquareMetre,

        /// <summary>Mass per m² body-surface area per time: <c>ug/(m2.d)</c>.</summary>
        MassPerSquareMetrePerTime,

        /// <summary>A total number of cells: <c>10*8{cells}</c>.</summary>
        TotalCells,

        /// <summary>Cells per kg body weight: <c>10*6/kg</c>.</summary>
        CellsPerKilogram,
    }
}
