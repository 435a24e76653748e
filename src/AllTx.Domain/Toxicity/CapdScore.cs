using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// The Cornell Assessment of Pediatric Delirium (CAPD) score, 0–32 points: eight observed items scored 0–4, higher is
    /// worse, 9 or more screens positive for delirium (<see cref="SourceReference.CornellAssessmentOfPediatricDelirium"/>).
    /// ASTCT paediatric ICANS grading uses it in place of the ICE score for children under 12
    /// (<see cref="AstctConsensus.Grading2019"/>). A generated value object; JSON is the number of points.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<CapdScore, int>))]
    [ValueObject<int>]
    [ValueRange(0, 32)]
    public readonly partial struct CapdScore : IValueObject<CapdScore, int>
    {
        private static partial Validation Validate(int value);
    }
}
