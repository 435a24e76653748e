using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>The motor findings domain of ASTCT ICANS grading (<see cref="SourceReference.AstctCrsIcansGrading2019"/>); it only gives grade 4.</summary>
    [JsonConverter(typeof(StrictEnumConverter<MotorFinding>))]
    public enum MotorFinding
    {
        /// <summary>No deep focal motor weakness.</summary>
        None = 1,

        /// <summary>Deep focal motor weakness such as hemiparesis or paraparesis (grade 4).</summary>
        DeepFocalMotorWeakness,
    }
}
