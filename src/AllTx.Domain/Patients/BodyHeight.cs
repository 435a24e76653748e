using System.Globalization;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// A patient's body height in centimetres, greater than 0 and at most 300 cm: an input of the Mosteller body-surface
    /// area (DOMAIN.md "Drugs and dosing"). JSON: a number of cm.
    /// </summary>
    [JsonConverter(typeof(DecimalScalarJsonConverter<BodyHeight>))]
    public sealed record BodyHeight : IDecimalScalar<BodyHeight>
    {
        /// <summary>The largest height accepted, in cm.</summary>
        public const decimal MaximumCentimetres = 300m;

        private BodyHeight(decimal centimetres)
        {
            Value = centimetres;
        }

        /// <summary>The height in centimetres.</summary>
        public decimal Value { get; }

        /// <summary>The height as a quantity in <c>cm</c>.</summary>
        public Quantity Quantity => Quantity.Of(Value, Unit.Centimetre);

        /// <summary>A body height of <paramref name="centimetres"/> cm (Vogen-style <c>From</c>).</summary>
        /// <param name="centimetres">The height in cm; greater than 0 and at most 300.</param>
        /// <returns>The body height.</returns>
        /// <exception cref="DomainValidationException">The height is out of range.</exception>
        public static BodyHeight From(decimal centimetres) => FromCentimetres(centimetres);

        /// <summary>A body height of <paramref name="centimetres"/> cm.</summary>
        /// <param name="centimetres">The height in cm; greater than 0 and at most 300.</param>
        /// <returns>The body height.</returns>
        /// <exception cref="DomainValidationException">The height is out of range.</exception>
        public static BodyHeight FromCentimetres(decimal centimetres) =>
            new(DecimalRule.AboveZeroAtMost(centimetres, MaximumCentimetres, nameof(BodyHeight), "cm", nameof(centimetres)));

        /// <summary>"170 cm".</summary>
        /// <returns>The height with its unit.</returns>
        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " cm";
    }
}
