using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Mrd
{
    /// <summary>
    /// What can be said when two MRD results are compared: levels are compared only when both are quantified by the same
    /// method in the same specimen; otherwise the comparison says why it stops (<see cref="SourceReference.MrdReportingInAll2021"/>:
    /// an MRD value is meaningless without its method; methods differ in sensitivity and anti-CD19 therapy can hide
    /// CD19-gated flow MRD). A typed decision, never a <c>&lt;</c> on doubles. A closed union ([Union]).
    /// </summary>
    [Union]
    public abstract partial record MrdComparison
    {
        /// <summary>Same method and specimen, both quantified: the level changed by <see cref="FoldChange"/>.</summary>
        /// <param name="Earlier">The earlier level.</param>
        /// <param name="Later">The later level.</param>
        public sealed partial record LevelsComparable([property: JsonRequired] MrdLevel Earlier, [property: JsonRequired] MrdLevel Later) : MrdComparison
        {
            /// <summary>Later ÷ earlier: above 1 rising, below 1 falling.</summary>
            [JsonIgnore]
            public decimal FoldChange => Later.Value / Earlier.Value;
        }

        /// <summary>Different methods: levels are not comparable as numbers.</summary>
        /// <param name="Earlier">The earlier method.</param>
        /// <param name="Later">The later method.</param>
        public sealed partial record DifferentMethods([property: JsonRequired] MrdMethod Earlier, [property: JsonRequired] MrdMethod Later) : MrdComparison;

        /// <summary>Same method, different specimens (bone marrow vs peripheral blood): levels are not comparable as numbers.</summary>
        /// <param name="Earlier">The earlier specimen.</param>
        /// <param name="Later">The later specimen.</param>
        public sealed partial record DifferentSpecimens([property: JsonRequired] MrdSpecimen Earlier, [property: JsonRequired] MrdSpecimen Later) : MrdComparison;

        /// <summary>Same method and specimen, but at least one outcome is not a quantified level (PNQ or negative): only the outcomes can be compared.</summary>
        /// <param name="Earlier">The earlier outcome.</param>
        /// <param name="Later">The later outcome.</param>
        public sealed partial record OutcomesOnly([property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<MrdOutcome>))] MrdOutcome Earlier, [property: JsonRequired, JsonConverter(typeof(RequiredJsonConverter<MrdOutcome>))] MrdOutcome Later) : MrdComparison;

        /// <summary>Compares an earlier with a later result.</summary>
        /// <param name="earlier">The earlier result.</param>
        /// <param name="later">The later result.</param>
        /// <returns>The typed decision.</returns>
        public static MrdComparison Between(MrdResult earlier, MrdResult later)
        {
            ArgumentNullException.ThrowIfNull(earlier);
            ArgumentNullException.ThrowIfNull(later);
            if (earlier.Method != later.Method)
            {
                return new DifferentMethods(earlier.Method, later.Method);
            }

            if (earlier.Specimen != later.Specimen)
            {
                return new DifferentSpecimens(earlier.Specimen, later.Specimen);
            }

            return earlier.Outcome is MrdOutcome.Positive first && later.Outcome is MrdOutcome.Positive second
                ? new LevelsComparable(first.Level, second.Level)
                : new OutcomesOnly(earlier.Outcome, later.Outcome);
        }
    }
}
