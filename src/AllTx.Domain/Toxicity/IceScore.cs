using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Toxicity
{
    /// <summary>
    /// The immune effector cell-associated encephalopathy (ICE) score, 0–10 points (10 = no impairment): orientation 4,
    /// naming 3, following commands 1, writing 1, attention 1 (Lee et al. 2019, <see cref="SourceReference.AstctCrsIcansGrading2019"/>).
    /// A patient who is unarousable cannot be assessed and scores 0. A generated value object; JSON is the number of points.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<IceScore, int>))]
    [ValueObject<int>]
    [ValueRange(0, 10)]
    [Instance("NoImpairment", 10, "The highest ICE score, 10: no encephalopathy on the ICE assessment (ASTCT 2019).")]
    public readonly partial struct IceScore : IValueObject<IceScore, int>
    {
        private static partial Validation Validate(int value);
    }
}
