using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Gvhd
{
    /// <summary>
    /// Acute GvHD organ stages and the overall grade computed from them by the MAGIC criteria (Harris et al. 2016,
    /// <see cref="SourceReference.MagicAcuteGvhd2016"/>): skin, liver and lower GI are staged 0–4, upper GI 0–1. Grade IV: any of
    /// skin, liver or lower GI at stage 4. Grade III: liver or lower GI at stage 2–3. Grade II: skin stage 3, or liver,
    /// upper GI or lower GI at stage 1. Grade I: skin stage 1–2 alone. Otherwise grade 0. The organ stages come from the
    /// clinician's MAGIC staging (the staging tables from rash extent, bilirubin and stool output are not encoded here).
    /// JSON: the four stages; the grade is computed.
    /// </summary>
    public sealed record AcuteGvhdStaging : IJsonOnDeserialized
    {
        [JsonConstructor]
        private AcuteGvhdStaging()
        {
        }

        /// <summary>Skin stage, 0–4.</summary>
        [JsonInclude]
        [JsonRequired]
        public int Skin { get; private init; }

        /// <summary>Liver stage, 0–4.</summary>
        [JsonInclude]
        [JsonRequired]
        public int Liver { get; private init; }

        /// <summary>Upper GI stage, 0–1.</summary>
        [JsonInclude]
        [JsonRequired]
        public int UpperGastrointestinal { get; private init; }

        /// <summary>Lower GI stage, 0–4.</summary>
        [JsonInclude]
        [JsonRequired]
        public int LowerGastrointestinal { get; private init; }

        /// <summary>The overall MAGIC grade.</summary>
        [JsonIgnore]
        public AcuteGvhdGrade Grade =>
            Skin == 4 || Liver == 4 || LowerGastrointestinal == 4 ? AcuteGvhdGrade.GradeIV
            : Liver >= 2 || LowerGastrointestinal >= 2 ? AcuteGvhdGrade.GradeIII
            : Skin == 3 || Liver == 1 || UpperGastrointestinal == 1 || LowerGastrointestinal == 1 ? AcuteGvhdGrade.GradeII
            : Skin >= 1 ? AcuteGvhdGrade.GradeI
            : AcuteGvhdGrade.None;

        /// <summary>The organs whose stage set the grade (e.g. liver stage 2 for grade III); empty at grade 0.</summary>
        [JsonIgnore]
        public IReadOnlyList<AcuteGvhdOrgan> DecidingOrgans => Grade switch
        {
            AcuteGvhdGrade.GradeIV => Organs.Where(o => o.Stage == 4).Select(o => o.Organ).ToList(),
            AcuteGvhdGrade.GradeIII => Organs.Where(o => o.Organ is AcuteGvhdOrgan.Liver or AcuteGvhdOrgan.LowerGastrointestinal && o.Stage >= 2).Select(o => o.Organ).ToList(),
            AcuteGvhdGrade.GradeII => Organs.Where(o => o.Organ == AcuteGvhdOrgan.Skin ? o.Stage == 3 : o.Stage == 1).Select(o => o.Organ).ToList(),
            AcuteGvhdGrade.GradeI => new[] { AcuteGvhdOrgan.Skin },
            _ => System.Array.Empty<AcuteGvhdOrgan>(),
        };

        private (AcuteGvhdOrgan Organ, int Stage)[] Organs =>
        [
            (AcuteGvhdOrgan.Skin, Skin), (AcuteGvhdOrgan.Liver, Liver),
            (AcuteGvhdOrgan.UpperGastrointestinal, UpperGastrointestinal), (AcuteGvhdOrgan.LowerGastrointestinal, LowerGastrointestinal),
        ];

        /// <summary>The MAGIC organ stages of one assessment.</summary>
        /// <param name="skin">Skin stage, 0–4.</param>
        /// <param name="liver">Liver stage, 0–4.</param>
        /// <param name="upperGastrointestinal">Upper GI stage, 0–1.</param>
        /// <param name="lowerGastrointestinal">Lower GI stage, 0–4.</param>
        /// <returns>The staging.</returns>
        /// <exception cref="DomainValidationException">A stage outside its range.</exception>
        public static AcuteGvhdStaging Of(int skin, int liver, int upperGastrointestinal, int lowerGastrointestinal)
        {
            Check(skin, liver, upperGastrointestinal, lowerGastrointestinal);
            return new AcuteGvhdStaging { Skin = skin, Liver = liver, UpperGastrointestinal = upperGastrointestinal, LowerGastrointestinal = lowerGastrointestinal };
        }

        /// <summary>"acute GvHD grade III (skin 1, liver 2, upper GI 0, lower GI 1)".</summary>
        /// <returns>The grade and stages.</returns>
        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"acute GvHD {(Grade == AcuteGvhdGrade.None ? "grade 0" : "grade " + Grade.ToString()[5..])} (skin {Skin}, liver {Liver}, upper GI {UpperGastrointestinal}, lower GI {LowerGastrointestinal})");

        void IJsonOnDeserialized.OnDeserialized() =>
            DomainJson.Validate(() => Check(Skin, Liver, UpperGastrointestinal, LowerGastrointestinal));

        private static void Check(int skin, int liver, int upperGastrointestinal, int lowerGastrointestinal)
        {
            Stage(skin, 4, nameof(Skin));
            Stage(liver, 4, nameof(Liver));
            Stage(upperGastrointestinal, 1, nameof(UpperGastrointestinal));
            Stage(lowerGastrointestinal, 4, nameof(LowerGastrointestinal));
        }

        private static void Stage(int stage, int maximum, string organ)
        {
            if (stage < 0 || stage > maximum)
            {
                throw new DomainValidationException(nameof(AcuteGvhdStaging), $"{organ} stage must be between 0 and {maximum} (MAGIC)", stage.ToString(CultureInfo.InvariantCulture), organ);
            }
        }
    }
}
