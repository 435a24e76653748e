using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain.Trials
{
    /// <summary>
    /// A trial's registry identifier: ClinicalTrials.gov (<see cref="NctId"/>) or the Chinese Clinical Trial Registry
    /// (<see cref="ChiCtrId"/>). A closed union; <see cref="Parse"/> tells them apart
    /// by prefix. JSON: the case object with a <c>kind</c> discriminator.
    /// </summary>
    [Union]
    public abstract partial record TrialRegistryId
    {
        /// <summary>A ClinicalTrials.gov registration.</summary>
        /// <param name="Id">The NCT identifier.</param>
        public sealed partial record ClinicalTrialsGov([property: JsonRequired] NctId Id) : TrialRegistryId;

        /// <summary>A Chinese Clinical Trial Registry registration.</summary>
        /// <param name="Id">The ChiCTR identifier.</param>
        public sealed partial record ChineseClinicalTrialRegistry([property: JsonRequired] ChiCtrId Id) : TrialRegistryId;

        /// <summary>
        /// Reads an NCT or ChiCTR identifier, telling the registries apart by prefix (<c>NCT</c> in any case, <c>ChiCTR</c>
        /// as the registry writes it) after trimming white space. Every refusal is a
        /// <see cref="ValueObjectValidationException"/> naming the value and the rule: an unknown prefix (or null) names
        /// <see cref="TrialRegistryId"/>; a known prefix followed by the wrong digits names <see cref="NctId"/> or
        /// <see cref="ChiCtrId"/> and its pattern.
        /// </summary>
        /// <param name="text">e.g. <c>NCT02228096</c> or <c>ChiCTR-ONC-17013648</c>.</param>
        /// <returns>The registry identifier.</returns>
        /// <exception cref="ValueObjectValidationException">Null, an unknown prefix, or the registry's pattern broken.</exception>
        public static TrialRegistryId Parse(string text)
        {
            string trimmed = text?.Trim() ?? string.Empty;
            return trimmed.StartsWith("ChiCTR", StringComparison.Ordinal)
                ? new ChineseClinicalTrialRegistry(ChiCtrId.From(trimmed))
                : trimmed.StartsWith("NCT", StringComparison.OrdinalIgnoreCase)
                    ? new ClinicalTrialsGov(NctId.From(trimmed))
                    : throw new ValueObjectValidationException(
                        typeof(TrialRegistryId),
                        ValueObjectSupport.Describe(text, sensitive: false),
                        "must be an NCT (ClinicalTrials.gov) or ChiCTR (Chinese Clinical Trial Registry) identifier");
        }

        /// <summary>The identifier text.</summary>
        /// <returns>e.g. <c>NCT02228096</c>.</returns>
        public sealed override string ToString() => Match(nct => nct.Id.Value, chiCtr => chiCtr.Id.Value);
    }
}
