namespace AllTx.Domain.Patients
{
    /// <summary>
    /// The identifier a team uses for a patient: non-empty, trimmed (a generated AllTx value object). Sensitive: its text
    /// form never shows the identifier, so it does not leak into logs; <c>Value</c> and JSON carry the real identifier.
    /// Nothing more personal than the domain needs is kept (issue 5 "Patient").
    /// </summary>
    [ValueObject<string>]
    [Sensitive]
    [NotEmpty]
    public sealed partial class PatientId
    {
        private static string NormalizeInput(string input) => input?.Trim() ?? string.Empty;
    }
}
