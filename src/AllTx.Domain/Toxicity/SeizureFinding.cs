using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>The seizure domain of ASTCT ICANS grading (<see cref="SourceReference.AstctCrsIcansGrading2019"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<SeizureFinding>))]
    public enum SeizureFinding
    {
        /// <summary>No seizure.</summary>
        None = 1,

        /// <summary>Any clinical seizure, focal or generalised, that resolves rapidly, or non-convulsive seizures on EEG that resolve with intervention (grade 3).</summary>
        ResolvingRapidlyOrWithIntervention,

        /// <summary>Life-threatening prolonged seizure (&gt; 5 min), or repetitive clinical or electrical seizures without return to baseline in between (grade 4).</summary>
        ProlongedOrRepetitive,
    }
}
