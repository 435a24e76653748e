using System.Globalization;

namespace AllTx.Domain.Registry
{
    /// <summary>The rule the Karnofsky and Lansky scales share: a score from 0 to 100 in steps of 10.</summary>
    internal static class PerformanceScore
    {
        public static Validation InStepsOfTen(int score) =>
            score % 10 == 0 ? Validation.Ok : Validation.Invalid("the score moves in steps of 10 (0, 10, 20, ... 100)");

        public static string Text(bool isInitialized, int score) =>
            isInitialized ? score.ToString(CultureInfo.InvariantCulture) : ValueObjectSupport.UninitializedText;
    }
}
