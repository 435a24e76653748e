using System.Globalization;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// A body-surface area in square metres, greater than 0 and at most 5 m²: the measurement behind a per-m² dose (mCODE
    /// normalizationBasis, SNOMED CT 301898006; DOMAIN.md "Drugs and dosing"). JSON: a number of m².
    /// </summary>
    [JsonConverter(typeof(DecimalScalarJsonConverter<BodySurfaceArea>))]
    public sealed record BodySurfaceArea : IDecimalScalar<BodySurfaceArea>
    {
        /// <summary>The largest body-surface area accepted, in m².</summary>
        public const decimal MaximumSquareMetres = 5m;

        private BodySurfaceArea(decimal squareMetres)
        {
            Value = squareMetres;
        }

        /// <summary>The area in square metres.</summary>
        public decimal Value { get; }

        /// <summary>The area as a quantity in <c>m2</c>.</summary>
        public Quantity Quantity => Quantity.Of(Value, Unit.SquareMetre);

        /// <summary>A body-surface area of <paramref name="squareMetres"/> m² (Vogen-style <c>From</c>).</summary>
        /// <param name="squareMetres">The area in m²; greater than 0 and at most 5.</param>
        /// <returns>The body-surface area.</returns>
        /// <exception cref="DomainValidationException">The area is out of range.</exception>
        public static BodySurfaceArea From(decimal squareMetres) => FromSquareMetres(squareMetres);

        /// <summary>A body-surface area of <paramref name="squareMetres"/> m².</summary>
        /// <param name="squareMetres">The area in m²; greater than 0 and at most 5.</param>
        /// <returns>The body-surface area.</returns>
        /// <exception cref="DomainValidationException">The area is out of range.</exception>
        public static BodySurfaceArea FromSquareMetres(decimal squareMetres) =>
            new(DecimalRule.AboveZeroAtMost(squareMetres, MaximumSquareMetres, nameof(BodySurfaceArea), "m2", nameof(squareMetres)));

        /// <summary>"1.82 m2".</summary>
        /// <returns>The area with its UCUM unit.</returns>
        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " m2";
    }
}
