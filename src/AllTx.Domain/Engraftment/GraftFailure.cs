using System.Text.Json.Serialization;

namespace AllTx.Domain.Engraftment
{
    /// <summary>
    /// Graft failure after allogeneic HCT (<see cref="SourceReference.GraftFailureDefinitions"/>; see also
    /// <see cref="SourceReference.GraftFailureModernEra"/>). <see cref="GraftFailureCriteria"/> holds the day limits.
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<GraftFailure>))]
    public enum GraftFailure
    {
        /// <summary>
        /// Primary: the absolute neutrophil count never reached 0.5 × 10⁹/L by day +28 (day +42 after cord blood), or less
        /// than 5 % donor cells were ever found (primary graft failure with autologous reconstitution).
        /// </summary>
        Primary = 1,

        /// <summary>Secondary: after neutrophil engraftment, the absolute neutrophil count fell below 0.5 × 10⁹/L for three consecutive days.</summary>
        Secondary,
    }
}
