using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Disease
{
    /// <summary>
    /// The genetic findings of a patient's ALL after a complete work-up: every alteration of
    /// <see cref="GeneticAlterations"/> is either in <see cref="Alterations"/> (found) or was tested and not found. The
    /// Philadelphia and KMT2A status follow from it (<see cref="PhiladelphiaStatus"/>, <see cref="Kmt2a"/>) and must agree
    /// with a <see cref="Diagnosis"/> that records them (<see cref="CheckAgainst"/>). Refused as contradictory: BCR::ABL1
    /// fusion with BCR::ABL1-like features (Ph-like is defined by the absence of BCR::ABL1), and more than one ploidy class
    /// (low hypodiploidy, near haploidy, high hyperdiploidy). Sources: <see cref="SourceReference.WhoLymphoidNeoplasms2022"/>,
    /// <see cref="SourceReference.InternationalConsensusClassification2022"/>. JSON: <c>{"Alterations":"BcrAbl1Fusion, Ikzf1Deletion"}</c>.
    /// </summary>
    public sealed record LeukaemiaGenetics : IJsonOnDeserialized
    {
        private const GeneticAlterations Ploidy = GeneticAlterations.LowHypodiploidy | GeneticAlterations.NearHaploidy | GeneticAlterations.HighHyperdiploidy;

        private static readonly GeneticAlterations s_declared = Enum.GetValues<GeneticAlterations>().Aggregate(GeneticAlterations.None, (all, alteration) => all | alteration);

        [JsonConstructor]
        private LeukaemiaGenetics()
        {
        }

        /// <summary>The alterations found; <see cref="GeneticAlterations.None"/> when none of them was.</summary>
        [JsonInclude]
        [JsonRequired]
        public GeneticAlterations Alterations { get; private init; }

        /// <summary>Ph+ with a BCR::ABL1 fusion, Ph-like with BCR::ABL1-like features, Ph-negative otherwise.</summary>
        [JsonIgnore]
        public PhiladelphiaStatus PhiladelphiaStatus =>
            Has(GeneticAlterations.BcrAbl1Fusion) ? PhiladelphiaStatus.Positive : Has(GeneticAlterations.BcrAbl1Like) ? PhiladelphiaStatus.PhLike : PhiladelphiaStatus.Negative;

        /// <summary>Rearranged when a KMT2A rearrangement was found, otherwise not rearranged (the work-up tested it).</summary>
        [JsonIgnore]
        public Kmt2aStatus Kmt2a => Has(GeneticAlterations.Kmt2aRearrangement) ? Kmt2aStatus.Rearranged : Kmt2aStatus.NotRearranged;

        /// <summary>The findings of a complete work-up that found <paramref name="alterations"/>.</summary>
        /// <param name="alterations">The alterations found (combine with <c>|</c>), or <see cref="GeneticAlterations.None"/>.</param>
        /// <returns>The findings.</returns>
        /// <exception cref="DomainValidationException">An undeclared flag, BCR::ABL1 with BCR::ABL1-like, or two ploidy classes.</exception>
        public static LeukaemiaGenetics Of(GeneticAlterations alterations)
        {
            LeukaemiaGenetics genetics = new() { Alterations = alterations };
            genetics.Check();
            return genetics;
        }

        /// <summary>True when every alteration in <paramref name="alterations"/> was found.</summary>
        /// <param name="alterations">One or more alterations.</param>
        /// <returns>True when all were found.</returns>
        public bool Has(GeneticAlterations alterations) => alterations != GeneticAlterations.None && (Alterations & alterations) == alterations;

        /// <summary>The alterations found, one by one, in declaration order.</summary>
        /// <returns>The alterations.</returns>
        public IReadOnlyList<GeneticAlterations> Found() =>
            Enum.GetValues<GeneticAlterations>().Where(alteration => alteration != GeneticAlterations.None && Has(alteration)).ToList();

        /// <summary>Refuses a diagnosis whose Philadelphia or KMT2A status contradicts these findings (a KMT2A status "not tested" contradicts nothing).</summary>
        /// <param name="diagnosis">The diagnosis of the same leukaemia.</param>
        /// <exception cref="DomainValidationException">The diagnosis records another Philadelphia status, or a KMT2A status that differs.</exception>
        public void CheckAgainst(Diagnosis diagnosis)
        {
            ArgumentNullException.ThrowIfNull(diagnosis);
            if (diagnosis.PhiladelphiaStatus != PhiladelphiaStatus)
            {
                throw new DomainValidationException(nameof(LeukaemiaGenetics), $"gives Philadelphia status {PhiladelphiaStatus} (from {Alterations}); the diagnosis must record the same", diagnosis.PhiladelphiaStatus.ToString(), nameof(Diagnosis.PhiladelphiaStatus));
            }

            if (diagnosis.Kmt2a != Kmt2aStatus.NotTested && diagnosis.Kmt2a != Kmt2a)
            {
                throw new DomainValidationException(nameof(LeukaemiaGenetics), $"gives KMT2A status {Kmt2a} (from {Alterations}); the diagnosis must record the same or NotTested", diagnosis.Kmt2a.ToString(), nameof(Diagnosis.Kmt2a));
            }
        }

        /// <summary>"BcrAbl1Fusion, Ikzf1Deletion", or "None".</summary>
        /// <returns>The alterations found.</returns>
        public override string ToString() => Alterations.ToString();

        void IJsonOnDeserialized.OnDeserialized() => DomainJson.Validate(Check);

        private void Check()
        {
            const string Concept = nameof(LeukaemiaGenetics);
            if ((Alterations & ~s_declared) != 0)
            {
                throw new DomainValidationException(Concept, "records only the declared alterations: " + string.Join(", ", Enum.GetNames<GeneticAlterations>()), ((int)Alterations).ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(Alterations));
            }

            if (Has(GeneticAlterations.BcrAbl1Fusion | GeneticAlterations.BcrAbl1Like))
            {
                throw new DomainValidationException(Concept, "cannot record a BCR::ABL1 fusion with BCR::ABL1-like features (Ph-like ALL is defined by the absence of BCR::ABL1)", Alterations.ToString(), nameof(Alterations));
            }

            GeneticAlterations ploidy = Alterations & Ploidy;
            if (ploidy != GeneticAlterations.None && (ploidy & (ploidy - 1)) != 0)
            {
                throw new DomainValidationException(Concept, "records at most one ploidy class (low hypodiploidy, near haploidy or high hyperdiploidy)", ploidy.ToString(), nameof(Alterations));
            }
        }
    }
}
