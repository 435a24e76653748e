using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// The body measurements dosing needs: weight always, height when a per-m² dose is computed (Mosteller body-surface
    /// area; DOMAIN.md "Drugs and dosing").
    /// </summary>
    public sealed record BodyMeasurements : IJsonOnDeserialized
    {
        [JsonConstructor]
        private BodyMeasurements()
        {
        }

        /// <summary>The body weight.</summary>
        [JsonInclude]
        [JsonRequired]
        public BodyWeight Weight { get; private init; } = null!;

        /// <summary>The body height, when measured.</summary>
        [JsonInclude]
        public BodyHeight? Height { get; private init; }

        /// <summary>Weight only: enough for fixed and per-kg doses.</summary>
        /// <param name="weight">The body weight.</param>
        /// <returns>The measurements.</returns>
        public static BodyMeasurements WeightOnly(BodyWeight weight) =>
            new() { Weight = weight ?? throw new ArgumentNullException(nameof(weight)) };

        /// <summary>Weight and height: enough for every dose basis.</summary>
        /// <param name="weight">The body weight.</param>
        /// <param name="height">The body height.</param>
        /// <returns>The measurements.</returns>
        public static BodyMeasurements WeightAndHeight(BodyWeight weight, BodyHeight height) =>
            new()
            {
                Weight = weight ?? throw new ArgumentNullException(nameof(weight)),
                Height = height ?? throw new ArgumentNullException(nameof(height)),
            };

        /// <summary>The Mosteller body-surface area from <see cref="Weight"/> and <see cref="Height"/>, or null without a height.</summary>
        /// <returns>The estimate with its inputs, or null.</returns>
        public BodySurfaceAreaEstimate? MostellerBodySurfaceArea() =>
            Height is null ? null : BodySurfaceAreaEstimate.Mosteller(Weight, Height);

        void IJsonOnDeserialized.OnDeserialized() =>
            DomainJson.Validate(() => DomainJson.RequireNotNull(Weight, nameof(BodyMeasurements), nameof(Weight)));
    }
}
