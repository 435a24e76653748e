using System.Text.Json.Serialization;

namespace AllTx.Domain.Registry
{
    /// <summary>
    /// The 17 comorbidities of the haematopoietic cell transplantation-specific comorbidity index (HCT-CI,
    /// <see cref="SourceReference.HctComorbidityIndex"/>). Each one's published definition and weight live in
    /// <see cref="HctCiCatalogue"/>. Hepatic and pulmonary disease are graded: a patient has at most one grade of each.
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<HctComorbidity>))]
    public enum HctComorbidity
    {
        /// <summary>Arrhythmia.</summary>
        Arrhythmia = 1,

        /// <summary>Cardiac disease.</summary>
        Cardiac,

        /// <summary>Inflammatory bowel disease.</summary>
        InflammatoryBowelDisease,

        /// <summary>Diabetes.</summary>
        Diabetes,

        /// <summary>Cerebrovascular disease.</summary>
        CerebrovascularDisease,

        /// <summary>Psychiatric disturbance.</summary>
        PsychiatricDisturbance,

        /// <summary>Hepatic disease, mild (the lower grade of hepatic disease).</summary>
        HepaticMild,

        /// <summary>Obesity.</summary>
        Obesity,

        /// <summary>Infection.</summary>
        Infection,

        /// <summary>Rheumatologic disease.</summary>
        Rheumatologic,

        /// <summary>Peptic ulcer.</summary>
        PepticUlcer,

        /// <summary>Renal disease, moderate or severe.</summary>
        RenalModerateOrSevere,

        /// <summary>Pulmonary disease, moderate (the lower grade of pulmonary disease).</summary>
        PulmonaryModerate,

        /// <summary>Prior solid tumour.</summary>
        PriorSolidTumour,

        /// <summary>Heart valve disease.</summary>
        HeartValveDisease,

        /// <summary>Pulmonary disease, severe (the higher grade of pulmonary disease).</summary>
        PulmonarySevere,

        /// <summary>Hepatic disease, moderate or severe (the higher grade of hepatic disease).</summary>
        HepaticModerateOrSevere,
    }
}
