namespace AllTx.Analyzers
{
    /// <summary>
    /// Every diagnostic id of AllTx.Sdk, in one place. Ids are grouped: 1xxx dosing and units, 2xxx MRD and lab results,
    /// 3xxx value-object integrity, 4xxx unions and exhaustiveness, 5xxx clinical timeline, 6xxx privacy,
    /// 9xxx declaration errors. Each id has a page at docs/rules/ATXnnnn.md.
    /// </summary>
    internal static class RuleIdentifiers
    {
        // 4xxx unions and exhaustiveness
        internal const string NonExhaustiveUnionSwitch = "ATX4001";
        internal const string DiscardArmInUnionSwitch = "ATX4002";
        internal const string IgnoredUnionResult = "ATX4003";
        internal const string DefaultOneOf = "ATX4004";
        internal const string ExhaustiveUnionSwitchSuppression = "ATX4005";

        /// <summary>Diagnostic property (ATX4001, ATX4002): the unhandled case types as C# type names, joined by '|'.</summary>
        internal const string MissingCasesProperty = "MissingCases";
    }
}
