using System.Text.Json.Serialization;
using Vogen;

namespace AllTx.Domain.Trials
{
    /// <summary>
    /// A Chinese Clinical Trial Registry identifier in either of the two forms registry ids take (both appear in
    /// <see cref="SourceReference.ImmunotherapyTrialsTable1Transcription"/>): the current
    /// <c>ChiCTR</c> + 10 digits (<c>ChiCTR1900025419</c>) and the older <c>ChiCTR-</c> + 2–4 letter category + <c>-</c> +
    /// 8 digits (<c>ChiCTR-ONC-17013648</c>). A generated AllTx value object; surrounding white space is removed and the
    /// prefix is case-sensitive as the registry writes it. JSON: the string.
    /// </summary>
    [JsonConverter(typeof(ValueObjectJsonConverter<ChiCtrId, string>))]
    [ValueObject<string>]
    [ValuePattern("^ChiCTR([0-9]{10}|-[A-Za-z]{2,4}-[0-9]{8})$")]
    public sealed partial class ChiCtrId : IValueObject<ChiCtrId, string>
    {
        private static partial Validation Validate(string value);

        private static string NormalizeInput(string input) => input?.Trim() ?? string.Empty;
    }
}
