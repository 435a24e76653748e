namespace AllTx.Analyzers
{
    /// <summary>The categories that group AllTx diagnostics (shown in the IDE and in .editorconfig bulk settings).</summary>
    internal static class RuleCategories
    {
        internal const string Dosing = "AllTx.Dosing";
        internal const string LabResults = "AllTx.LabResults";
        internal const string ValueObjects = "AllTx.ValueObjects";
        internal const string Unions = "AllTx.Unions";
        internal const string Timeline = "AllTx.Timeline";
        internal const string Privacy = "AllTx.Privacy";
        internal const string Declarations = "AllTx.Declarations";
    }
}
