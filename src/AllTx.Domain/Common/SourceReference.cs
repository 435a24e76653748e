using System;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace AllTx.Domain
{
    /// <summary>
    /// Where a clinical fact comes from: a product label, a consensus paper, a trial registration, a published standard
    /// or article — always a public source a reader can look up. The SDK's own sources form one catalogue: the static
    /// properties of this type (one partial file per clinical area). XML docs link to an entry with
    /// <c>&lt;see cref="SourceReference.X"/&gt;</c>; every catalogue entry carries a lookup key in its
    /// <see cref="Citation"/>: a DOI, a PMID, a ClinicalTrials.gov id, a product label with its revision or DailyMed set
    /// id, a standard with its version and date, a journal citation (journal, year, volume and pages) or a dated web
    /// address — or it says plainly that it is the AllTx.Sdk team's own choice (<see cref="TeamChoice"/>).
    /// The SDK holds sourced data, never advice.
    /// </summary>
    public sealed partial record SourceReference
    {
        /// <summary>The words every team's-own-choice citation starts with (see <see cref="TeamChoice"/>).</summary>
        public const string TeamChoicePrefix = "AllTx.Sdk team's own choice (no published source):";

        private static readonly Regex DoiPattern = new(@"\bdoi:\s*(10\.\d{4,9}/\S+[^\s.,;])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex PmidPattern = new(@"\bPMID:?\s*(\d{1,9})\b", RegexOptions.CultureInvariant);
        private static readonly Regex NctPattern = new(@"\b(NCT\d{8})\b", RegexOptions.CultureInvariant);

        [JsonConstructor]
        private SourceReference(string citation)
        {
            Citation = DomainJson.Create(() => Require(citation));
        }

        /// <summary>The citation in words (authors, title, journal, year, DOI or registry id; or label name and revision).</summary>
        public string Citation { get; }

        /// <summary>The DOI the citation names (<c>doi:10.…</c>), or null when it names none.</summary>
        [JsonIgnore]
        public string? Doi => Find(DoiPattern);

        /// <summary>The PubMed id the citation names (<c>PMID 12345678</c>), or null when it names none.</summary>
        [JsonIgnore]
        public string? Pmid => Find(PmidPattern);

        /// <summary>The ClinicalTrials.gov id the citation names (<c>NCT</c> and 8 digits), or null when it names none.</summary>
        [JsonIgnore]
        public string? ClinicalTrialsGovId => Find(NctPattern);

        /// <summary>True when the entry is the AllTx.Sdk team's own choice, not a published source (see <see cref="TeamChoice"/>).</summary>
        [JsonIgnore]
        public bool IsTeamChoice => Citation.StartsWith(TeamChoicePrefix, StringComparison.Ordinal);

        /// <summary>
        /// Lamble AJ, Kovach AE, Shah NN. How I treat postimmunotherapy relapsed B-ALL. Blood 2025;145(1):64–74.
        /// doi:10.1182/blood.2024024517. The relapse phenotypes (CD19-positive, CD19-negative, lineage switch) and the
        /// treatment modalities its abstract names.
        /// </summary>
        public static SourceReference PostImmunotherapyRelapseHowITreat { get; } = new(
            "Lamble AJ, Kovach AE, Shah NN. How I treat postimmunotherapy relapsed B-ALL. Blood 2025;145(1):64-74. doi:10.1182/blood.2024024517");

        /// <summary>
        /// ALL Hub (lymphoblastic-hub.com). Strategies to prevent relapse post HSCT / cellular therapy in B-ALL (report of
        /// the ALL Hub Steering Committee meeting, November 2025). Published 22 December 2025. A dated public web page,
        /// cited for the maintenance considerations and the post-HSCT evidence summaries it gives.
        /// </summary>
        public static SourceReference RelapsePreventionAfterHsct { get; } = new(
            "ALL Hub. Strategies to prevent relapse post HSCT / cellular therapy in B-ALL (ALL Hub Steering Committee, November 2025). Published 22 December 2025. https://lymphoblastic-hub.com/medical-information/strategies-to-prevent-relapse-post-hsct-cellular-therapy-in-b-all");

        /// <summary>
        /// ClinicalTrials.gov NCT06507514: blinatumomab combined with an autologous HSCT "sandwich" strategy as
        /// consolidation in newly diagnosed CD19-positive B-ALL; its eligibility and organ-function criteria.
        /// </summary>
        public static SourceReference Nct06507514 { get; } = new(
            "ClinicalTrials.gov NCT06507514: blinatumomab combined with an autologous HSCT sandwich strategy as consolidation in newly diagnosed CD19-positive B-ALL (eligibility and organ-function criteria)");

        /// <summary>
        /// BLINCYTO (blinatumomab) for injection, for intravenous use: US prescribing information, Amgen Inc. (DailyMed
        /// set id 38b482a8-960b-4591-9857-5031ecb830aa), section 2 Dosage and Administration.
        /// </summary>
        public static SourceReference BlinatumomabLabel { get; } = new(
            "BLINCYTO (blinatumomab) for injection, for intravenous use. US prescribing information, Amgen Inc. DailyMed setid 38b482a8-960b-4591-9857-5031ecb830aa. Section 2, Dosage and Administration");

        /// <summary>
        /// BESPONSA (inotuzumab ozogamicin) for injection, for intravenous use: US prescribing information, Wyeth
        /// Pharmaceuticals LLC, a subsidiary of Pfizer Inc., revised 3/2024 (DailyMed set id
        /// cc7014b1-c775-411d-b374-8113248b4077), section 2 Dosage and Administration and the boxed warning on hepatotoxicity
        /// including veno-occlusive disease / sinusoidal obstruction syndrome.
        /// </summary>
        public static SourceReference InotuzumabLabel { get; } = new(
            "BESPONSA (inotuzumab ozogamicin) for injection, for intravenous use. US prescribing information, Wyeth Pharmaceuticals LLC, a subsidiary of Pfizer Inc. Revised 3/2024. DailyMed setid cc7014b1-c775-411d-b374-8113248b4077. Section 2, Dosage and Administration (Table 1, cycle 1 and later cycles by response); boxed warning (hepatotoxicity, including VOD/SOS)");

        /// <summary>A source given by a team for its own data (formulary entry, local protocol).</summary>
        /// <param name="citation">The citation in words; must not be blank.</param>
        /// <returns>The source reference.</returns>
        public static SourceReference Of(string citation) => new(Require(citation));

        /// <summary>
        /// A figure or rule that no published source supports in the form the SDK encodes, kept as the AllTx.Sdk team's
        /// own, explicitly marked choice; the citation starts with <see cref="TeamChoicePrefix"/>.
        /// </summary>
        /// <param name="what">What the team chose and why; must not be blank.</param>
        /// <returns>The source reference.</returns>
        public static SourceReference TeamChoice(string what) => new(TeamChoicePrefix + " " + Require(what));

        /// <summary>The citation.</summary>
        /// <returns>The citation text.</returns>
        public override string ToString() => Citation;

        private string? Find(Regex pattern)
        {
            Match match = pattern.Match(Citation);
            return match.Success ? match.Groups[1].Value : null;
        }

        private static string Require(string citation) =>
            string.IsNullOrWhiteSpace(citation)
                ? throw new DomainValidationException(nameof(SourceReference), "must name its citation (not blank)", "\"" + citation + "\"", nameof(citation))
                : citation.Trim();
    }
}
