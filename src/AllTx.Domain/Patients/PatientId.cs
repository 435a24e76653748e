using System.Text.Json.Serialization;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// The identifier a team uses for a patient: non-empty, trimmed. Sensitive: <see cref="ToString"/> never shows it, so
    /// it does not leak into logs; <see cref="Value"/> and JSON carry the real identifier. Nothing more personal than the
    /// domain needs is kept (DOMAIN.md "Data standards"; issue 5 "Patient").
    /// </summary>
    [JsonConverter(typeof(StringScalarJsonConverter<PatientId>))]
    public sealed record PatientId : IStringScalar<PatientId>
    {
        private PatientId(string value)
        {
            Value = value;
        }

        /// <summary>The identifier, trimmed.</summary>
        public string Value { get; }

        /// <summary>A patient identifier (Vogen-style <c>From</c>); surrounding white space is removed.</summary>
        /// <param name="value">The identifier; must not be blank.</param>
        /// <returns>The patient identifier.</returns>
        /// <exception cref="DomainValidationException">The identifier is null or blank.</exception>
        public static PatientId From(string value) =>
            string.IsNullOrWhiteSpace(value)
                ? throw new DomainValidationException(nameof(PatientId), "must not be empty or white space", value is null ? "null" : "\"" + value + "\"", nameof(value))
                : new PatientId(value.Trim());

        /// <summary>A masked text that never contains the identifier.</summary>
        /// <returns>"PatientId(***)".</returns>
        public override string ToString() => "PatientId(***)";
    }
}
