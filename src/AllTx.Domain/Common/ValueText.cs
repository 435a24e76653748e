using System.Globalization;

namespace AllTx.Domain
{
    /// <summary>The text forms shared by the domain's value objects: an amount with its unit, in the invariant culture.</summary>
    internal static class ValueText
    {
        /// <summary>"70 kg", or <c>[UNINITIALIZED]</c> for a value object made with <c>default</c>.</summary>
        public static string WithUnit(bool isInitialized, decimal value, string unit) =>
            isInitialized
                ? value.ToString(CultureInfo.InvariantCulture) + " " + unit
                : ValueObjectSupport.UninitializedText;
    }
}
