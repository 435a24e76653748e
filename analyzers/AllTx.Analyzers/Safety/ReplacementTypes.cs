using System.Collections.Immutable;

namespace AllTx.Analyzers.Safety
{
    /// <summary>
    /// Diagnostic properties naming the SDK type that ReplaceNumberTypeCodeFix puts in place of a unitless number (see
    /// <see cref="RuleIdentifiers.ReplacementTypeProperty"/>).
    /// </summary>
    internal static class ReplacementTypes
    {
        internal static readonly ImmutableDictionary<string, string?> Dose = For("AllTx.Domain.Dosing.Dose");

        internal static readonly ImmutableDictionary<string, string?> RadiationDose = For("AllTx.Domain.Radiotherapy.RadiationDose");

        internal static readonly ImmutableDictionary<string, string?> MrdResult = For("AllTx.Domain.Mrd.MrdResult");

        private static ImmutableDictionary<string, string?> For(string metadataName) =>
            ImmutableDictionary<string, string?>.Empty.Add(RuleIdentifiers.ReplacementTypeProperty, metadataName);
    }
}
