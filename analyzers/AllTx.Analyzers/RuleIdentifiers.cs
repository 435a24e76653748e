namespace AllTx.Analyzers
{
    /// <summary>
    /// Every diagnostic id of AllTx.Sdk, in one place. Ids are grouped: 1xxx dosing and units, 2xxx MRD and lab results,
    /// 3xxx value-object integrity, 4xxx unions and exhaustiveness, 5xxx clinical timeline, 6xxx privacy,
    /// 9xxx declaration errors. Each id has a page at docs/rules/ATXnnnn.md.
    /// </summary>
    internal static class RuleIdentifiers
    {
    }
}
