using System.Text.Json.Serialization;

namespace AllTx.Domain.Relapse
{
    /// <summary>The relapse phenotype cannot be placed from the findings: it says what is missing or conflicting, instead of guessing.</summary>
    /// <param name="Missing">The findings that are missing.</param>
    /// <param name="Reason">Why no phenotype was assigned, in words.</param>
    public sealed record IndeterminatePhenotype([property: JsonRequired] MissingFinding Missing, [property: JsonRequired] string Reason);
}
