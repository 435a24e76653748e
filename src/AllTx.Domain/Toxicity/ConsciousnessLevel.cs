using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>The depressed level of consciousness domain of ASTCT ICANS grading (<see cref="SourceReference.AstctCrsIcansGrading2019"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<ConsciousnessLevel>))]
    public enum ConsciousnessLevel
    {
        /// <summary>Consciousness not depressed.</summary>
        NotDepressed = 1,

        /// <summary>Awakens spontaneously (grade 1).</summary>
        AwakensSpontaneously,

        /// <summary>Awakens to voice (grade 2).</summary>
        AwakensToVoice,

        /// <summary>Awakens only to tactile stimulus (grade 3).</summary>
        AwakensOnlyToTactileStimulus,

        /// <summary>Unarousable or needs vigorous or repetitive tactile stimuli to arouse; stupor or coma (grade 4). The ICE score is then 0.</summary>
        Unarousable,
    }
}
