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

        // Unions and exhaustiveness (ATX4xxx)
        internal static readonly DiagnosticDescriptor NonExhaustiveUnionSwitch = Create(
            RuleIdentifiers.NonExhaustiveUnionSwitch,
            RuleCategories.Unions,
            DiagnosticSeverity.Error,
            "Switch over a union does not handle every case",
            "This switch over {0} does not handle {1}",
            "A switch over a union (a [Union] type or oneOf.Value) must handle every case without a 'when' guard, so that a " +
            "clinical outcome such as a CD19-negative relapse is never silently skipped.");

        internal static readonly DiagnosticDescriptor DiscardArmInUnionSwitch = Create(
            RuleIdentifiers.DiscardArmInUnionSwitch,
            RuleCategories.Unions,
            DiagnosticSeverity.Warning,
            "Discard or default arm in a switch over a union",
            "The {0} arm of this switch over {1} hides cases, including any added later; handle each case explicitly",
            "A '_' or 'default' arm in a switch over a union also catches the cases added to the union later, so new clinical " +
            "outcomes are handled by a catch-all instead of failing the build.");

        internal static readonly DiagnosticDescriptor IgnoredUnionResult = Create(
            RuleIdentifiers.IgnoredUnionResult,
            RuleCategories.Unions,
            DiagnosticSeverity.Warning,
            "Union result is ignored",
            "The {0} returned by '{1}' is ignored",
            "A method that returns a union reports which of several outcomes happened; ignoring it drops, for example, an " +
            "error case. Handle it with Match/Switch, or discard it explicitly with '_ ='.");

        internal static readonly DiagnosticDescriptor DefaultOneOf = Create(
            RuleIdentifiers.DefaultOneOf,
            RuleCategories.Unions,
            DiagnosticSeverity.Error,
            "Default OneOf holds no case",
            "'{0}' creates a {1} that holds none of its cases",
            "default(OneOf<...>) and new OneOf<...>() hold no case: Match, Switch, Value and JSON throw on them. Create a " +
            "OneOf from a value of one of its cases.");

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
