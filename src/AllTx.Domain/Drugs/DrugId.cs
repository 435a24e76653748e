using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Drugs
{
    /// <summary>
    /// The catalogue key of a drug: lower-case letters and digits joined by single hyphens, e.g. <c>blinatumomab</c>,
    /// <c>inotuzumab-ozogamicin</c>; surrounding white space is removed. A generated value object; JSON is the string.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<DrugId, string>))]
    [ValueObject<string>]
    [ValuePattern("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public readonly partial struct DrugId : IValueObject<DrugId, string>
    {
        private static partial Validation Validate(string value);

        private static string NormalizeInput(string input) => input.Trim();
    }
}
