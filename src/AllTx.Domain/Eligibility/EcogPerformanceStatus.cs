using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Eligibility
{
    /// <summary>
    /// The ECOG performance status, a whole number from 0 (fully active) to 5 (dead), as used by eligibility criteria such
    /// as NCT06507514's "ECOG 0–1" (<see cref="SourceReference.Nct06507514"/>; the scale: <see cref="SourceReference.EcogPerformanceStatus1982"/>). A generated value object; JSON is the number.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<EcogPerformanceStatus, int>))]
    [ValueObject<int>]
    [ValueRange(0, 5)]
    public readonly partial struct EcogPerformanceStatus : IValueObject<EcogPerformanceStatus, int>
    {
        private static partial Validation Validate(int value);
    }
}
