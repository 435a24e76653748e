using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain
{
    /// <summary>
    /// Where a clinical fact comes from: a label, a consensus, a trial registry entry or a published article. Every
    /// catalogue entry of the SDK carries one, because the SDK holds sourced data, never advice.
    /// </summary>
    public sealed partial record SourceReference
    {
        [JsonConstructor]
        private SourceReference(string citation)
        {
            Citation = DomainJson.Create(() => Require(citation));
        }

        /// <summary>The citation in words (authors, title, journal, year, DOI or registry id).</summary>
        public string Citation { get; }

        /// <summary>Lamble AJ, Kovach AE, Shah NN. How I treat postimmunotherapy relapsed B-ALL. Blood 2025;145(1):64–74 (seed 002).</summary>
        public static SourceReference PostImmunotherapyRelapseHowITreat { get; } = new(
            "Lamble AJ, Kovach AE, Shah NN. How I treat postimmunotherapy relapsed B-ALL. Blood 2025;145(1):64-74. doi:10.1182/blood.2024024517");

        /// <summary>ALL Hub steering committee, Strategies to prevent relapse post HSCT / cellular therapy in B-ALL, Dec 2025 (seed 000).</summary>
        public static SourceReference RelapsePreventionAfterHsct { get; } = new(
            "ALL Hub Steering Committee. Strategies to prevent relapse post HSCT / cellular therapy in B-ALL. December 2025");

        /// <summary>NCT06507514, blinatumomab with an auto-HSCT sandwich strategy: eligibility criteria (seed 003).</summary>
        public static SourceReference Nct06507514 { get; } = new(
            "NCT06507514: blinatumomab combined with auto-HSCT sandwich strategy in newly diagnosed CD19-positive B-ALL (eligibility and organ-function criteria)");

        /// <summary>The SDK's domain brief (shared/DOMAIN.md), which summarises the product labels and consensus definitions.</summary>
        public static SourceReference DomainBrief { get; } = new("AllTx.Sdk domain brief (DOMAIN.md), summary of product labels and consensus definitions");

        /// <summary>BLINCYTO (blinatumomab) prescribing information, dosing as summarised in the domain brief.</summary>
        public static SourceReference BlinatumomabLabel { get; } = new(
            "BLINCYTO (blinatumomab) prescribing information: dosage and administration (summarised in DOMAIN.md, Drugs and dosing)");

        /// <summary>BESPONSA (inotuzumab ozogamicin) prescribing information, dosing as summarised in the domain brief.</summary>
        public static SourceReference InotuzumabLabel { get; } = new(
            "BESPONSA (inotuzumab ozogamicin) prescribing information: dosage and administration (summarised in DOMAIN.md, Drugs and dosing)");

        /// <summary>A source given by a team for its own data (formulary entry, local protocol).</summary>
        /// <param name="citation">The citation in words; must not be blank.</param>
        /// <returns>The source reference.</returns>
        public static SourceReference Of(string citation) => new(Require(citation));

        /// <summary>The citation.</summary>
        /// <returns>The citation text.</returns>
        public override string ToString() => Citation;

        private static string Require(string citation) =>
            string.IsNullOrWhiteSpace(citation)
                ? throw new DomainValidationException(nameof(SourceReference), "must name its citation (not blank)", "\"" + citation + "\"", nameof(citation))
                : citation.Trim();
    }
}
