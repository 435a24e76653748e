using System.Text.Json.Serialization;

namespace AllTx.Domain.Patients
{
    /// <summary>
    /// Sex recorded for laboratory reference context (e.g. creatinine reference ranges); BSA by Mosteller does not use it.
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<Sex>))]
    public enum Sex
    {
        /// <summary>Female.</summary>
        Female = 1,

        /// <summary>Male.</summary>
        Male,

        /// <summary>Not recorded or not known.</summary>
        Unknown,
    }
}
