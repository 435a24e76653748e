using Microsoft.CodeAnalysis;

namespace AllTx.Analyzers
{
    /// <summary>
    /// Every diagnostic descriptor of AllTx.Sdk, in one place. Ids come from <see cref="RuleIdentifiers"/>; each
    /// descriptor's help link points to its page in docs/rules.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        /// <summary>Where the rule pages live; each rule's help link is this plus <c>ATXnnnn.md</c>.</summary>
        internal const string HelpLinkBase = "https://github.com/alltx/alltx-sdk/blob/main/docs/rules/";

        private static DiagnosticDescriptor Create(
            string id,
            string category,
            DiagnosticSeverity severity,
            string title,
            string messageFormat,
            string description) =>
            new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category,
                severity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: HelpLinkBase + id + ".md");
    }
}
