using System;
using System.Text.Json.Serialization;
using AllTx.Domain.Patients;

namespace AllTx.Domain.Dosing
{
    /// <summary>
    /// The measurement an absolute dose was computed from (mCODE normalizationBasis): none for a fixed dose, the body weight
    /// for a per-kg dose, the body-surface area with its formula and inputs for a per-m² dose. A closed union: use
    /// <see cref="Match{TResult}"/>. JSON: an object with a <c>kind</c> discriminator.
    /// </summary>
    [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
    [JsonDerivedType(typeof(Fixed), "fixed")]
    [JsonDerivedType(typeof(PerBodyWeight), "perBodyWeight")]
    [JsonDerivedType(typeof(PerBodySurfaceArea), "perBodySurfaceArea")]
    public abstract record DoseBasisMeasurement
    {
        private DoseBasisMeasurement()
        {
        }

        /// <summary>Handles each case; a new case breaks every caller's compile.</summary>
        /// <typeparam name="TResult">The result type.</typeparam>
        /// <param name="fixed">For a fixed dose.</param>
        /// <param name="perBodyWeight">For a per-kg dose.</param>
        /// <param name="perBodySurfaceArea">For a per-m² dose.</param>
        /// <returns>The handler's result.</returns>
        public TResult Match<TResult>(Func<Fixed, TResult> @fixed, Func<PerBodyWeight, TResult> perBodyWeight, Func<PerBodySurfaceArea, TResult> perBodySurfaceArea)
        {
            ArgumentNullException.ThrowIfNull(@fixed);
            ArgumentNullException.ThrowIfNull(perBodyWeight);
            ArgumentNullException.ThrowIfNull(perBodySurfaceArea);
            return this switch
            {
                Fixed value => @fixed(value),
                PerBodyWeight value => perBodyWeight(value),
                _ => perBodySurfaceArea((PerBodySurfaceArea)this),
            };
        }

        /// <summary>A fixed dose: no measurement was used (SNOMED CT 1157245009).</summary>
        public sealed record Fixed : DoseBasisMeasurement;

        /// <summary>A per-kg dose: the body weight used (SNOMED CT 363804004).</summary>
        /// <param name="Weight">The body weight used.</param>
        public sealed record PerBodyWeight(BodyWeight Weight) : DoseBasisMeasurement
        {
            /// <summary>The body weight used.</summary>
            [JsonRequired]
            public BodyWeight Weight { get; init; } = Weight ?? throw new ArgumentNullException(nameof(Weight));
        }

        /// <summary>A per-m² dose: the body-surface area used, with its formula and inputs (SNOMED CT 301898006).</summary>
        /// <param name="SurfaceArea">The body-surface area estimate used.</param>
        public sealed record PerBodySurfaceArea(BodySurfaceAreaEstimate SurfaceArea) : DoseBasisMeasurement
        {
            /// <summary>The body-surface area estimate used.</summary>
            [JsonRequired]
            public BodySurfaceAreaEstimate SurfaceArea { get; init; } = SurfaceArea ?? throw new ArgumentNullException(nameof(SurfaceArea));
        }
    }
}
