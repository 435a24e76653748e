using System.Text.Json.Serialization;

namespace AllTx.Domain.Toxicity
{
    /// <summary>The ASTCT consensus grade of immune effector cell-associated neurotoxicity syndrome (ICANS) in adults (<see cref="SourceReference.AstctCrsIcansGrading2019"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<IcansGrade>))]
    public enum IcansGrade
    {
        /// <summary>No ICANS: ICE score 10 and no finding in the other domains.</summary>
        NoIcans = 0,

        /// <summary>Grade 1: ICE 7–9, or depressed consciousness that awakens spontaneously.</summary>
        Grade1 = 1,

        /// <summary>Grade 2: ICE 3–6, or awakens to voice.</summary>
        Grade2 = 2,

        /// <summary>Grade 3: ICE 0–2, awakens only to tactile stimulus, a seizure that resolves rapidly or with intervention, or focal oedema on imaging.</summary>
        Grade3 = 3,

        /// <summary>Grade 4: unarousable (ICE 0), prolonged or repetitive seizures, deep focal motor weakness, or diffuse cerebral oedema or its signs.</summary>
        Grade4 = 4,
    }
}
