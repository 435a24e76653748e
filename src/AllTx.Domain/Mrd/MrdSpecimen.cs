using System.Text.Json.Serialization;

namespace AllTx.Domain.Mrd
{
    /// <summary>The specimen an MRD result was measured in (<see cref="SourceReference.MrdReportingInAll2021"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<MrdSpecimen>))]
    public enum MrdSpecimen
    {
        /// <summary>Bone marrow aspirate.</summary>
        BoneMarrow = 1,

        /// <summary>Peripheral blood.</summary>
        PeripheralBlood,
    }
}
