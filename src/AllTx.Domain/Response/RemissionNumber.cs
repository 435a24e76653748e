using System.Text.Json.Serialization;

namespace AllTx.Domain.Response
{
    /// <summary>Which remission a patient is in, derived from the number of prior relapses: CR1 (none), CR2 (one), CR≥3 (<see cref="SourceReference.DiseaseStatusCategories"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<RemissionNumber>))]
    public enum RemissionNumber
    {
        /// <summary>First complete remission (CR1): no prior relapse.</summary>
        First = 1,

        /// <summary>Second complete remission (CR2): one prior relapse.</summary>
        Second,

        /// <summary>Third or later complete remission (CR≥3): two or more prior relapses.</summary>
        ThirdOrLater,
    }
}
