using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Mrd
{
    /// <summary>
    /// One MRD result: assay method, specimen, sample date and outcome (<see cref="SourceReference.MrdReportingInAll2021"/>; FHIR
    /// mCODE models it as an Observation with a coded method). There is no way to build one without a method.
    /// </summary>
    public sealed record MrdResult : IJsonOnDeserialized
    {
        [JsonConstructor]
        private MrdResult()
        {
        }

        /// <summary>The assay method.</summary>
        [JsonInclude]
        [JsonRequired]
        public MrdMethod Method { get; private init; }

        /// <summary>The specimen.</summary>
        [JsonInclude]
        [JsonRequired]
        public MrdSpecimen Specimen { get; private init; }

        /// <summary>The date the sample was taken.</summary>
        [JsonInclude]
        [JsonRequired]
        public DateOnly SampleDate { get; private init; }

        /// <summary>The outcome.</summary>
        [JsonInclude]
        [JsonRequired]
        public MrdOutcome Outcome { get; private init; } = null!;

        /// <summary>
        /// The quantified level when the outcome is <see cref="MrdOutcome.Positive"/>; null for PNQ and negative results. A
        /// level belongs to this result's <see cref="Method"/>: compare levels of two results only when their methods are the
        /// same — <see cref="MrdComparison.Between"/> makes that decision (the AllTx analyzers flag
        /// <c>a.Level &lt; b.Level</c> across results).
        /// </summary>
        [JsonIgnore]
        public MrdLevel? Level => Outcome is MrdOutcome.Positive positive ? positive.Level : null;

        /// <summary>An MRD result.</summary>
        /// <param name="method">The assay method (required: an MRD value is meaningless without it).</param>
        /// <param name="specimen">The specimen.</param>
        /// <param name="sampleDate">The sample date.</param>
        /// <param name="outcome">The outcome.</param>
        /// <returns>The result.</returns>
        /// <exception cref="DomainValidationException">
        /// An undefined method or specimen, or BCR::ABL1 RT-qPCR, whose transcript ratio on the International Scale is not a
        /// leukaemic-cell fraction: record it as a <see cref="BcrAbl1Result"/>.
        /// </exception>
        public static MrdResult Create(MrdMethod method, MrdSpecimen specimen, DateOnly sampleDate, MrdOutcome outcome) =>
            new()
            {
                Method = RequireCellFractionMethod(DomainEnum.Require(method, nameof(method)), nameof(method)),
                Specimen = DomainEnum.Require(specimen, nameof(specimen)),
                SampleDate = sampleDate,
                Outcome = outcome ?? throw new ArgumentNullException(nameof(outcome)),
            };

        /// <summary>
        /// The MRD status of this result against a threshold (default 1e-4): MRD-negative only when negative with a
        /// sensitivity at least as good as the threshold.
        /// </summary>
        /// <param name="threshold">The MRD-negativity threshold; null for <see cref="MrdLevel.DefaultThreshold"/> (1e-4).</param>
        /// <returns>The status.</returns>
        public MrdStatus StatusAgainst(MrdLevel? threshold = null) => MrdStatus.Of(this, threshold ?? MrdLevel.DefaultThreshold);

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(() =>
        {
            DomainJson.RequirePresent(Outcome, nameof(MrdResult), nameof(Outcome));
            RequireCellFractionMethod(Method, nameof(Method));
        });

        private static MrdMethod RequireCellFractionMethod(MrdMethod method, string field) =>
            method == MrdMethod.BcrAbl1RtQpcr
                ? throw new DomainValidationException(
                    nameof(MrdResult),
                    "Method must measure a leukaemic-cell fraction; BCR::ABL1 RT-qPCR reports a transcript ratio on the International Scale (%), which can exceed 100 % and is not judged against 1e-4: record it as a BcrAbl1Result",
                    method.ToString(),
                    field)
                : method;
    }
}
