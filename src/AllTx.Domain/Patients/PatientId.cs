using System;
using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// The identifier a team uses for a patient: non-empty, trimmed (a generated AllTx value object). Sensitive: its text
    /// form never shows the identifier, so it does not leak into logs; <c>Value</c> and JSON carry the real identifier.
    /// Nothing more personal than the domain needs is kept (issue 5 "Patient").
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<PatientId, string>))]
    [ValueObject<string>(debuggerAttributes: DebuggerAttributeGeneration.Basic)]
    [Sensitive]
    [NotEmpty]
    public sealed partial class PatientId : IValueObject<PatientId, string>
    {
        private static partial Validation Validate(string value);

        /// <summary><c>[REDACTED]</c>: the identifier never appears in text (use <c>Value</c> deliberately).</summary>
        /// <returns><c>[REDACTED]</c>, or <c>[UNINITIALIZED]</c>.</returns>
        public override partial string ToString();

        /// <inheritdoc cref="ToString()"/>
        public partial string ToString(IFormatProvider? provider);

        private static string NormalizeInput(string input) => input?.Trim() ?? string.Empty;
    }
}
