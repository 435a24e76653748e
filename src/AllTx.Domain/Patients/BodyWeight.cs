using System.Globalization;
using System.Text.Json.Serialization;
using AllTx.Domain.Units;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// A patient's body weight in kilograms, greater than 0 and at most 700 kg: the measurement behind a per-kg dose
    /// (mCODE normalizationBasis, SNOMED CT 363804004 body weight; DOMAIN.md "Drugs and dosing"). JSON: a number of kg.
    /// </summary>
    [JsonConverter(typeof(DecimalScalarJsonConverter<BodyWeight>))]
    public sealed record BodyWeight : IDecimalScalar<BodyWeight>
    {
        /// <summary>The largest body weight accepted, in kg (above any recorded human weight).</summary>
        public const decimal MaximumKilograms = 700m;

        private BodyWeight(decimal kilograms)
        {
            Value = kilograms;
        }

        /// <summary>The weight in kilograms.</summary>
        public decimal Value { get; }

        /// <summary>The weight as a quantity in <c>kg</c>.</summary>
        public Quantity Quantity => Quantity.Of(Value, Unit.Kilogram);

        /// <summary>A body weight of <paramref name="kilograms"/> kg (Vogen-style <c>From</c>).</summary>
        /// <param name="kilograms">The weight in kg; greater than 0 and at most 700.</param>
        /// <returns>The body weight.</returns>
        /// <exception cref="DomainValidationException">The weight is out of range.</exception>
        public static BodyWeight From(decimal kilograms) => FromKilograms(kilograms);

        /// <summary>A body weight of <paramref name="kilograms"/> kg.</summary>
        /// <param name="kilograms">The weight in kg; greater than 0 and at most 700.</param>
        /// <returns>The body weight.</returns>
        /// <exception cref="DomainValidationException">The weight is out of range.</exception>
        public static BodyWeight FromKilograms(decimal kilograms) =>
            new(DecimalRule.AboveZeroAtMost(kilograms, MaximumKilograms, nameof(BodyWeight), "kg", nameof(kilograms)));

        /// <summary>A body weight from a mass quantity in any mass unit (<c>kg</c>, <c>g</c>).</summary>
        /// <param name="mass">The measured mass.</param>
        /// <returns>The body weight.</returns>
        /// <exception cref="IncommensurableUnitsException">The quantity is not a mass.</exception>
        public static BodyWeight FromQuantity(Quantity mass) => FromKilograms(mass.ConvertTo(Unit.Kilogram).Value);

        /// <summary>"70 kg".</summary>
        /// <returns>The weight with its unit.</returns>
        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " kg";
    }
}
