using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Trials
{
    /// <summary>
    /// A ClinicalTrials.gov identifier: <c>NCT</c> followed by exactly 8 digits, e.g. <c>NCT06507514</c> 
    /// (<see cref="SourceReference.Nct06507514"/>). A generated AllTx value object: surrounding white space is removed and the
    /// prefix upper-cased before the pattern is checked. JSON: the string.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<NctId, string>))]
    [ValueObject<string>]
    [ValuePattern("^NCT[0-9]{8}$")]
    public sealed partial class NctId : IValueObject<NctId, string>
    {
        private static partial Validation Validate(string value);

        private static string NormalizeInput(string input) => input?.Trim().ToUpperInvariant() ?? string.Empty;
    }
}
