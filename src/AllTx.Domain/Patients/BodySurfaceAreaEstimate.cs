using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// A body-surface area together with the named formula and the inputs it was computed from, so a per-m² dose always
    /// says which measurement it used (BSA computed by a named formula — Mosteller,
    /// <see cref="SourceReference.MostellerBodySurfaceArea1987"/> — with its inputs). The value is rounded to 4 decimal places (m²).
    /// </summary>
    public sealed record BodySurfaceAreaEstimate : IJsonOnDeserialized
    {
        [JsonConstructor]
        private BodySurfaceAreaEstimate(BodySurfaceAreaFormula formula, BodyWeight weight, BodyHeight height, BodySurfaceArea value)
        {
            Formula = formula;
            Weight = weight;
            Height = height;
            Value = value;
        }

        /// <summary>The formula used.</summary>
        [JsonInclude]
        [JsonRequired]
        public BodySurfaceAreaFormula Formula { get; private init; }

        /// <summary>The body weight used.</summary>
        [JsonInclude]
        [JsonRequired]
        public BodyWeight Weight { get; private init; }

        /// <summary>The body height used.</summary>
        [JsonInclude]
        [JsonRequired]
        public BodyHeight Height { get; private init; }

        /// <summary>The resulting body-surface area.</summary>
        [JsonInclude]
        [JsonRequired]
        public BodySurfaceArea Value { get; private init; }

        /// <summary>
        /// Body-surface area by Mosteller: √(height (cm) × weight (kg) / 3600), rounded to 4 decimals (Mosteller RD, N Engl
        /// J Med 1987;317:1098). 170 cm and 70 kg give 1.8181 m².
        /// </summary>
        /// <param name="weight">The body weight.</param>
        /// <param name="height">The body height.</param>
        /// <returns>The estimate with its inputs.</returns>
        public static BodySurfaceAreaEstimate Mosteller(BodyWeight weight, BodyHeight height)
        {
            weight.Require(nameof(weight));
            height.Require(nameof(height));
            return new BodySurfaceAreaEstimate(
                BodySurfaceAreaFormula.Mosteller,
                weight,
                height,
                BodySurfaceArea.FromSquareMetres(ComputeMosteller(weight, height)));
        }

        /// <summary>"1.8181 m2 (Mosteller, 70 kg, 170 cm)".</summary>
        /// <returns>The value with its provenance.</returns>
        public override string ToString() => $"{Value} ({Formula}, {Weight}, {Height})";

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() =>
        {
            decimal expected = ComputeMosteller(
                Weight.Require(nameof(Weight)),
                Height.Require(nameof(Height)));
            if (Value.Require(nameof(Value)).Value != expected)
            {
                throw new DomainValidationException(
                    nameof(BodySurfaceAreaEstimate),
                    $"Value must equal the {Formula} formula of its Weight and Height ({expected} m2)",
                    Value.ToString(),
                    nameof(Value));
            }
        });

        private static decimal ComputeMosteller(BodyWeight weight, BodyHeight height) =>
            Math.Round((decimal)Math.Sqrt((double)(height.Value * weight.Value / 3600m)), 4, MidpointRounding.AwayFromZero);
    }
}
