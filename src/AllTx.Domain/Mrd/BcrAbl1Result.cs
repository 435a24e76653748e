using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Mrd
{
    /// <summary>
    /// One BCR::ABL1 RT-qPCR result in Ph-positive ALL, a measurement of its own: the transcript ratio on the International
    /// Scale (%) when detected, or undetectable with the assay's limit of detection on the same scale
    /// (<see cref="SourceReference.BcrAbl1InternationalScale"/>). It is not an <see cref="MrdResult"/>, whose levels are
    /// leukaemic-cell fractions judged against 1e-4.
    /// </summary>
    public sealed record BcrAbl1Result : IJsonOnDeserialized
    {
        [JsonConstructor]
        private BcrAbl1Result()
        {
        }

        /// <summary>The specimen.</summary>
        [JsonInclude, JsonRequired]
        public MrdSpecimen Specimen { get; private init; }

        /// <summary>The date the sample was taken.</summary>
        [JsonInclude, JsonRequired]
        public DateOnly SampleDate { get; private init; }

        /// <summary>The ratio when transcripts were detected; null when undetectable.</summary>
        [JsonInclude]
        public BcrAbl1Ratio? Ratio { get; private init; }

        /// <summary>The assay's limit of detection on the International Scale, when reported (required for an undetectable result).</summary>
        [JsonInclude]
        public BcrAbl1Ratio? LimitOfDetection { get; private init; }

        /// <summary>True when BCR::ABL1 transcripts were detected.</summary>
        [JsonIgnore]
        public bool IsDetected => Ratio is not null;

        /// <summary>Transcripts detected at a ratio on the International Scale.</summary>
        /// <param name="specimen">The specimen.</param>
        /// <param name="sampleDate">The sample date.</param>
        /// <param name="ratio">The ratio, e.g. 0.1 % IS (can exceed 100 %).</param>
        /// <returns>The result.</returns>
        public static BcrAbl1Result Detected(MrdSpecimen specimen, DateOnly sampleDate, BcrAbl1Ratio ratio) =>
            new() { Specimen = DomainEnum.Require(specimen, nameof(specimen)), SampleDate = sampleDate, Ratio = ratio.Require(nameof(ratio)) };

        /// <summary>No transcripts detected, at the assay's limit of detection on the International Scale.</summary>
        /// <param name="specimen">The specimen.</param>
        /// <param name="sampleDate">The sample date.</param>
        /// <param name="limitOfDetection">The limit of detection, e.g. 0.0032 % IS.</param>
        /// <returns>The result.</returns>
        public static BcrAbl1Result Undetectable(MrdSpecimen specimen, DateOnly sampleDate, BcrAbl1Ratio limitOfDetection) =>
            new() { Specimen = DomainEnum.Require(specimen, nameof(specimen)), SampleDate = sampleDate, LimitOfDetection = limitOfDetection.Require(nameof(limitOfDetection)) };

        /// <summary>"2026-03-01 BCR::ABL1 0.1 % IS (BoneMarrow)" or "… undetectable (limit 0.0032 % IS)".</summary>
        /// <returns>The result in words.</returns>
        public override string ToString() =>
            $"{SampleDate:yyyy-MM-dd} BCR::ABL1 " + (Ratio is { } ratio ? ratio.ToString() : $"undetectable (limit {LimitOfDetection})") + $" ({Specimen})";

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() =>
        {
            if (Ratio is null && LimitOfDetection is null)
            {
                throw new DomainValidationException(nameof(BcrAbl1Result), "must hold a Ratio (detected) or a LimitOfDetection (undetectable)", "neither", nameof(Ratio));
            }
        });
    }
}
