using System.Text.Json.Serialization;

namespace AllTx.Domain.Mrd
{
    /// <summary>The specimen an MRD result was measured in (DOMAIN.md "Measurable residual disease").</summary>
    [JsonConverter(typeof(StrictEnumConverter<MrdSpecimen>))]
    public enum MrdSpecimen
    {
        /// <summary>Bone marrow aspirate.</summary>
        BoneMarrow = 1,

        /// <summary>Peripheral blood.</summary>
        PeripheralBlood,
    }
}
