using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// The body measurements dosing needs: weight always, height when a per-m² dose is computed (Mosteller body-surface
    /// area; <see cref="SourceReference.MostellerBodySurfaceArea1987"/>).
    /// </summary>
    public sealed record BodyMeasurements : IJsonOnDeserialized
    {
        [JsonConstructor]
        private BodyMeasurements(BodyWeight weight, BodyHeight? height)
        {
            Weight = weight;
            Height = height;
        }

        /// <summary>The body weight.</summary>
        [JsonInclude]
        [JsonRequired]
        public BodyWeight Weight { get; private init; }

        /// <summary>The body height, when measured.</summary>
        public BodyHeight? Height { get; }

        /// <summary>Weight only: enough for fixed and per-kg doses.</summary>
        /// <param name="weight">The body weight.</param>
        /// <returns>The measurements.</returns>
        public static BodyMeasurements WeightOnly(BodyWeight weight) =>
            new(weight.Require(nameof(weight)), null);

        /// <summary>Weight and height: enough for every dose basis.</summary>
        /// <param name="weight">The body weight.</param>
        /// <param name="height">The body height.</param>
        /// <returns>The measurements.</returns>
        public static BodyMeasurements WeightAndHeight(BodyWeight weight, BodyHeight height) =>
            new(weight.Require(nameof(weight)), height.Require(nameof(height)));

        /// <summary>The Mosteller body-surface area from <see cref="Weight"/> and <see cref="Height"/>, or null without a height.</summary>
        /// <returns>The estimate with its inputs, or null.</returns>
        public BodySurfaceAreaEstimate? MostellerBodySurfaceArea() =>
            Height is { } height ? BodySurfaceAreaEstimate.Mosteller(Weight, height) : null;

        void IJsonOnDeserialized.OnDeserialized() =>
            DomainJson.Validate(() => Weight.Require(nameof(Weight)));
    }
}
