using System.Text;

namespace AllTx.Domain.Units
{
    /// <summary>
    /// The dimension of a unit in the SDK's model: what is measured, what it is normalised to, whether it is per volume
    /// (a concentration) and whether it is per day (a rate). Two units are commensurable exactly when their dimensions are
    /// equal (UCUM, commensurable units).
    /// </summary>
    /// <param name="Kind">What is measured.</param>
    /// <param name="Basis">What the quantity is normalised to.</param>
    /// <param name="PerVolume">True for a concentration (per litre, per decilitre, per microlitre).</param>
    /// <param name="PerDay">True for a rate per day (UCUM <c>/d</c>).</param>
    public readonly record struct UnitDimension(QuantityKind Kind, NormalizationBasis Basis, bool PerVolume, bool PerDay)
    {
        /// <summary>Describes the dimension in words, e.g. "mass per m² body-surface area per day".</summary>
        /// <returns>The description.</returns>
        public override string ToString()
        {
            StringBuilder text = new StringBuilder(Kind switch
            {
                QuantityKind.Mass => "mass",
                QuantityKind.AmountOfSubstance => "amount of substance",
                QuantityKind.CellCount => "cell count",
                QuantityKind.Fraction => "fraction",
                QuantityKind.Length => "length",
                _ => "area",
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
                text.Append(" per day");
            }

            return text.ToString();
        }
    }
}
