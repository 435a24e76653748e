using System.Text.Json.Serialization;

namespace AllTx.Domain.Patients
{
    /// <summary>The named formula a body-surface area was computed with.</summary>
    [JsonConverter(typeof(StrictEnumConverter<BodySurfaceAreaFormula>))]
    public enum BodySurfaceAreaFormula
    {
        /// <summary>
        /// Mosteller: BSA (m²) = √(height (cm) × weight (kg) / 3600). Mosteller RD. Simplified calculation of body-surface
        /// area. N Engl J Med 1987;317(17):1098.
        /// </summary>
        Mosteller = 1,
    }
}
