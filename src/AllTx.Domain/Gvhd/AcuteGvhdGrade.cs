using System.Text.Json.Serialization;

namespace AllTx.Domain.Gvhd
{
    /// <summary>The overall MAGIC grade of acute GvHD (<see cref="SourceReference.MagicAcuteGvhd2016"/>).</summary>
    [JsonConverter(typeof(StrictEnumConverter<AcuteGvhdGrade>))]
    public enum AcuteGvhdGrade
    {
        /// <summary>Grade 0: no organ at stage 1–4.</summary>
        None = 0,

        /// <summary>Grade I: skin stage 1–2 without liver, upper GI or lower GI involvement.</summary>
        GradeI = 1,

        /// <summary>Grade II: skin stage 3 and/or liver stage 1 and/or upper GI stage 1 and/or lower GI stage 1.</summary>
        GradeII = 2,

        /// <summary>Grade III: liver stage 2–3 and/or lower GI stage 2–3 (skin 0–3, upper GI 0–1).</summary>
        GradeIII = 3,

        /// <summary>Grade IV: skin, liver or lower GI stage 4.</summary>
        GradeIV = 4,
    }
}
