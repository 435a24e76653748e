using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Gvhd
{
    /// <summary>
    /// NIH 2014 chronic GvHD organ scores (0–3 for skin, mouth, eyes, GI tract, liver, lungs, joints and fascia, genital
    /// tract) and the global severity computed from them (Jagasia et al. 2015, <see cref="SourceReference.NihChronicGvhd2014"/>):
    /// severe when any organ scores 3 or the lungs score 2–3; moderate when any organ other than the lungs scores 2, the
    /// lungs score 1, or 3 or more organs score 1; mild when 1 or 2 organs score 1 and the lungs score 0. JSON: the eight
    /// scores; the severity is computed.
    /// </summary>
    public sealed record ChronicGvhdScoring : IJsonOnDeserialized
    {
        [JsonConstructor]
        private ChronicGvhdScoring()
        {
        }

        /// <summary>Skin score, 0–3.</summary>
        [JsonInclude]
        [JsonRequired]
        public int Skin { get; private init; }

        /// <summary>Mouth score, 0–3.</summary>
        [JsonInclude]
        [JsonRequired]
        public int Mouth { get; private init; }

        /// <summary>Eye score, 0–3.</summary>
        [JsonInclude]
        [JsonRequired]
        public int Eyes { get; private init; }

        /// <summary>Gastrointestinal tract score, 0–3.</summary>
        [JsonInclude]
        [JsonRequired]
        public int GastrointestinalTract { get; private init; }

        /// <summary>Liver score, 0–3.</summary>
        [JsonInclude]
        [JsonRequired]
        public int Liver { get; private init; }

        /// <summary>Lung score, 0–3.</summary>
        [JsonInclude]
        [JsonRequired]
        public int Lungs { get; private init; }

        /// <summary>Joints and fascia score, 0–3.</summary>
        [JsonInclude]
        [JsonRequired]
        public int JointsAndFascia { get; private init; }

        /// <summary>Genital tract score, 0–3.</summary>
        [JsonInclude]
        [JsonRequired]
        public int GenitalTract { get; private init; }

        /// <summary>Every organ with its score.</summary>
        [JsonIgnore]
        public IReadOnlyList<KeyValuePair<ChronicGvhdOrgan, int>> Scores =>
        [
            new(ChronicGvhdOrgan.Skin, Skin), new(ChronicGvhdOrgan.Mouth, Mouth), new(ChronicGvhdOrgan.Eyes, Eyes),
            new(ChronicGvhdOrgan.GastrointestinalTract, GastrointestinalTract), new(ChronicGvhdOrgan.Liver, Liver),
            new(ChronicGvhdOrgan.Lungs, Lungs), new(ChronicGvhdOrgan.JointsAndFascia, JointsAndFascia), new(ChronicGvhdOrgan.GenitalTract, GenitalTract),
        ];

        /// <summary>The NIH 2014 global severity.</summary>
        [JsonIgnore]
        public ChronicGvhdSeverity Severity =>
            Scores.Any(s => s.Value == 3) || Lungs >= 2 ? ChronicGvhdSeverity.Severe
            : Scores.Any(s => s.Key != ChronicGvhdOrgan.Lungs && s.Value == 2) || Lungs == 1 || InvolvedOrganCount >= 3 ? ChronicGvhdSeverity.Moderate
            : InvolvedOrganCount >= 1 ? ChronicGvhdSeverity.Mild
            : ChronicGvhdSeverity.NoOrganInvolvement;

        /// <summary>How many organs score above 0.</summary>
        [JsonIgnore]
        public int InvolvedOrganCount => Scores.Count(s => s.Value > 0);

        /// <summary>The scores of one assessment.</summary>
        /// <param name="skin">Skin, 0–3.</param>
        /// <param name="mouth">Mouth, 0–3.</param>
        /// <param name="eyes">Eyes, 0–3.</param>
        /// <param name="gastrointestinalTract">GI tract, 0–3.</param>
        /// <param name="liver">Liver, 0–3.</param>
        /// <param name="lungs">Lungs, 0–3.</param>
        /// <param name="jointsAndFascia">Joints and fascia, 0–3.</param>
        /// <param name="genitalTract">Genital tract, 0–3.</param>
        /// <returns>The scoring.</returns>
        /// <exception cref="DomainValidationException">A score outside 0–3.</exception>
        public static ChronicGvhdScoring Of(int skin, int mouth, int eyes, int gastrointestinalTract, int liver, int lungs, int jointsAndFascia, int genitalTract)
        {
            ChronicGvhdScoring scoring = new()
            {
                Skin = skin, Mouth = mouth, Eyes = eyes, GastrointestinalTract = gastrointestinalTract, Liver = liver, Lungs = lungs,
                JointsAndFascia = jointsAndFascia, GenitalTract = genitalTract,
            };
            scoring.Check();
            return scoring;
        }

        /// <summary>"chronic GvHD Moderate (lungs 1)".</summary>
        /// <returns>The severity and the involved organs.</returns>
        public override string ToString() =>
            $"chronic GvHD {Severity} ({string.Join(", ", Scores.Where(s => s.Value > 0).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value}")))})";

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(Check);

        private void Check()
        {
            foreach (KeyValuePair<ChronicGvhdOrgan, int> score in Scores)
            {
                if (score.Value is < 0 or > 3)
                {
                    throw new DomainValidationException(nameof(ChronicGvhdScoring), $"{score.Key} score must be between 0 and 3 (NIH 2014)", score.Value.ToString(CultureInfo.InvariantCulture), score.Key.ToString());
                }
            }
        }
    }
}
