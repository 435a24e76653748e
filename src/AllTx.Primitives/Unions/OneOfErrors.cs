using System;

namespace AllTx
{
    /// <summary>The exceptions a <c>OneOf</c> throws, with messages that name the type, the case asked for and the case held.</summary>
    internal static class OneOfErrors
    {
        internal static InvalidOperationException NoCase(string[] caseNames) =>
            new InvalidOperationException(
                $"This {OneOfCaseNames.Display(caseNames)} is default: it holds none of its cases " +
                $"({OneOfCaseNames.List(caseNames)}) because it was never given a value (default(...), new OneOf<...>(), " +
                "or a field or array element left uninitialised). Create it from a value of one of its cases.");

        internal static InvalidOperationException WrongCase(string[] caseNames, int requested, int actual)
        {
            string asked = $"Cannot read {OneOfCaseNames.Display(caseNames)} as AsT{requested} ({caseNames[requested]})";
            string held = actual < 0
                ? "it is default and holds no case"
                : $"it holds T{actual} ({caseNames[actual]})";
            return new InvalidOperationException(
                $"{asked}: {held}. Check IsT{requested} first, or use Match, Switch or TryPickT{requested}.");
        }
    }
}
