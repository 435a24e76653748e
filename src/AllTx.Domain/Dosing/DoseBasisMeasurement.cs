using System;
using System.Text.Json.Serialization;
using AllTx.Domain.Patients;

namespace AllTx.Domain.Dosing
{
    /// <summary>
    /// The measurement an absolute dose was computed from (mCODE normalizationBasis): none for a fixed dose, the body weight
    /// for a per-kg dose, the body-surface area with its formula and inputs for a per-m² dose. A closed union ([Union]): handle it with the generated <c>Match</c>. JSON: an object with a <c>kind</c> discriminator.
    /// </summary>
    [Union]
    public abstract partial record DoseBasisMeasurement
    {
        /// <summary>A fixed dose: no measurement was used (SNOMED CT 1157245009).</summary>
        public sealed partial record Fixed : DoseBasisMeasurement;

        /// <summary>A per-kg dose: the body weight used (SNOMED CT 363804004).</summary>
        /// <param name="Weight">The body weight used.</param>
        public sealed partial record PerBodyWeight(BodyWeight Weight) : DoseBasisMeasurement
        {
            /// <summary>The body weight used.</summary>
            [JsonRequired]
            public BodyWeight Weight { get; init; } = Weight.Require(nameof(Weight));
        }

        /// <summary>A per-m² dose: the body-surface area used, with its formula and inputs (SNOMED CT 301898006).</summary>
        /// <param name="SurfaceArea">The body-surface area estimate used.</param>
        public sealed partial record PerBodySurfaceArea(BodySurfaceAreaEstimate SurfaceArea) : DoseBasisMeasurement
        {
            /// <summary>The body-surface area estimate used.</summary>
            [JsonRequired]
            [JsonConverter(typeof(RequiredJsonConverter<BodySurfaceAreaEstimate>))]
            public BodySurfaceAreaEstimate SurfaceArea { get; init; } = SurfaceArea ?? throw new ArgumentNullException(nameof(SurfaceArea));
        }
    }
}
