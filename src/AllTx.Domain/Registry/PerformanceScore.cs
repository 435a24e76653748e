using System.Globalization;
using Vogen;

namespace AllTx.Domain.Registry
{
    /// <summary>The rule the Karnofsky and Lansky scales share: a score from 0 to 100 in steps of 10.</summary>
    internal static class PerformanceScore
    {
        public static Validation InStepsOfTen<TSelf>(int score, Validation declaredRules) =>
            declaredRules != Validation.Ok || score % 10 == 0
                ? declaredRules
                : RuleViolation.Of<TSelf, int>(score, "the score moves in steps of 10 (0, 10, 20, ... 100)");

        public static string Text(bool isInitialized, int score) =>
            isInitialized ? score.ToString(CultureInfo.InvariantCulture) : ValueObjectSupport.UninitializedText;
    }
}
