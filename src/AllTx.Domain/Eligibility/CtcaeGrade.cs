using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Eligibility
{
    /// <summary>
    /// The severity grade of an adverse event under CTCAE v5.0: 1 (mild) to 5 (death related to the event), with 0 for an
    /// event that is absent — as in NCT06507514's "dyspnoea ≤ grade 1" (<see cref="SourceReference.Nct06507514"/>; grades: <see cref="SourceReference.Ctcae5"/>). A
    /// generated value object; JSON is the number.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<CtcaeGrade, int>))]
    [ValueObject<int>]
    [ValueRange(0, 5)]
    public readonly partial struct CtcaeGrade : IValueObject<CtcaeGrade, int>
    {
        private static partial Validation Validate(int value);
    }
}
