using System.Text;

namespace AllTx.Domain.Units
{
    /// <summary>
    /// The dimension of a unit in the SDK's model: what is measured, what it is normalised to, whether it is per volume
    /// (a concentration) and whether it is per time (a rate). Two units are commensurable exactly when their dimensions are
    /// equal; the model is stricter than UCUM's, which calls <c>mg/kg</c> and <c>%</c> (both dimensionless) commensurable:
    /// here a mass per kg body weight, a fraction and a cell count are different dimensions.
    /// </summary>
    public readonly record struct UnitDimension
    {
        internal UnitDimension(string signature, QuantityKind kind, NormalizationBasis basis, bool perVolume, bool perDay)
        {
            Signature = signature;
            Kind = kind;
            Basis = basis;
            PerVolume = perVolume;
            PerDay = perDay;
        }

        /// <summary>What is measured.</summary>
        public QuantityKind Kind { get; }

        /// <summary>What the quantity is normalised to.</summary>
        public NormalizationBasis Basis { get; }

        /// <summary>True for a concentration (per litre, per decilitre, per microlitre, per cubic millimetre).</summary>
        public bool PerVolume { get; }

        /// <summary>True for a rate per unit of time (UCUM <c>/d</c>, <c>/h</c>, <c>/min</c>); conversions between them are exact.</summary>
        public bool PerDay { get; }

        /// <summary>The exponents behind the dimension, e.g. <c>+M1|-T1</c> for a mass per day.</summary>
        internal string Signature { get; }

        /// <summary>Describes the dimension in words, e.g. "mass per m² body-surface area per day".</summary>
        /// <returns>The description.</returns>
        public override string ToString()
        {
            StringBuilder text = new StringBuilder(Kind switch
            {
                QuantityKind.Mass => "mass",
                QuantityKind.AmountOfSubstance => "amount of substance",
                QuantityKind.CellCount => "number (cells, copies)",
                QuantityKind.Fraction => "fraction",
                QuantityKind.Length => "length",
                QuantityKind.Area => "area",
                QuantityKind.Volume => "volume",
                QuantityKind.Time => "time",
                QuantityKind.ArbitraryUnits => "arbitrary units",
                _ => "quantity " + Signature,
            });
            if (PerVolume)
            {
                text.Append(" per volume");
            }

            text.Append(Basis switch
            {
                NormalizationBasis.PerKilogramBodyWeight => " per kg body weight",
                NormalizationBasis.PerSquareMetreBodySurfaceArea => " per m² body-surface area",
                _ => string.Empty,
            });
            if (PerDay)
            {
                text.Append(" per time");
            }

            return text.ToString();
        }
    }
}
