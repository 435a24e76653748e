using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Disease
{
    /// <summary>
    /// The recurrent genetic alterations of ALL a registry or trial records, combinable (a typed set). The entity names
    /// are those of the WHO 5th edition (<see cref="SourceReference.WhoLymphoidNeoplasms2022"/>) and the International
    /// Consensus Classification (<see cref="SourceReference.InternationalConsensusClassification2022"/>); IKZF1 deletion
    /// and TP53 alteration are recorded as alterations, not as entities of either classification. The Philadelphia and
    /// KMT2A status of <see cref="Diagnosis"/> follow from this set (<see cref="LeukaemiaGenetics"/>). JSON: the names,
    /// e.g. <c>"BcrAbl1Fusion, Ikzf1Deletion"</c>.
    /// </summary>
    [Flags]
    [JsonConverter(typeof(StrictEnumConverter<GeneticAlterations>))]
    public enum GeneticAlterations
    {
        /// <summary>None of the alterations listed here was found.</summary>
        None = 0,

        /// <summary>BCR::ABL1 fusion, t(9;22)(q34.1;q11.2): Philadelphia chromosome-positive (Ph+) ALL (WHO: B-ALL with BCR::ABL1 fusion; ICC: B-ALL with t(9;22)(q34.1;q11.2)/BCR::ABL1).</summary>
        BcrAbl1Fusion = 1,

        /// <summary>BCR::ABL1-like (Ph-like) features: a Ph+-like expression profile without BCR::ABL1 (WHO: B-ALL with BCR::ABL1-like features; ICC: B-ALL, BCR::ABL1-like).</summary>
        BcrAbl1Like = 2,

        /// <summary>KMT2A rearrangement, t(v;11q23.3) (WHO: B-ALL with KMT2A rearrangement; ICC: B-ALL with t(v;11q23.3)/KMT2A rearranged).</summary>
        Kmt2aRearrangement = 4,

        /// <summary>Intrachromosomal amplification of chromosome 21 (WHO and ICC: B-ALL with iAMP21).</summary>
        Iamp21 = 8,

        /// <summary>Low hypodiploidy (WHO: B-ALL with hypodiploidy; ICC: B-ALL, low hypodiploid).</summary>
        LowHypodiploidy = 16,

        /// <summary>Near haploidy (WHO: B-ALL with hypodiploidy; ICC: B-ALL, near haploid).</summary>
        NearHaploidy = 32,

        /// <summary>TP53 alteration (an alteration, not an entity; frequent in low-hypodiploid ALL).</summary>
        Tp53Alteration = 64,

        /// <summary>IKZF1 deletion (an alteration, not an entity).</summary>
        Ikzf1Deletion = 128,

        /// <summary>ETV6::RUNX1 fusion, t(12;21)(p13.2;q22.1) (WHO: B-ALL with ETV6::RUNX1 fusion; ICC: B-ALL with t(12;21)(p13.2;q22.1)/ETV6::RUNX1).</summary>
        Etv6Runx1Fusion = 256,

        /// <summary>High hyperdiploidy (WHO: B-ALL with high hyperdiploidy; ICC: B-ALL, hyperdiploid).</summary>
        HighHyperdiploidy = 512,
    }
}
