using System.Text.Json.Serialization;

namespace AllTx.Domain.Transplant
{
    /// <summary>
    /// The resolution of an HLA typing, in the terms of the Harmonization of Histocompatibility Typing Terms Working Group
    /// (<see cref="SourceReference.HistocompatibilityTypingTerms"/>).
    /// </summary>
    [JsonConverter(typeof(StrictEnumConverter<HlaTypingResolution>))]
    public enum HlaTypingResolution
    {
        /// <summary>Low resolution: DNA typing at the level of the first field of the allele name (e.g. A*02), comparable to serological typing.</summary>
        Low = 1,

        /// <summary>Intermediate resolution: between low and high, a subset of the alleles that share the first field.</summary>
        Intermediate,

        /// <summary>High resolution: the alleles that encode the same protein sequence for the antigen-binding site, excluding alleles not expressed at the cell surface.</summary>
        High,
    }
}
