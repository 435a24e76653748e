using System.Globalization;

namespace AllTx.Domain
{
    /// <summary>The range rules shared by the decimal value objects, with messages that name the concept and the unit.</summary>
    internal static class DecimalRule
    {
        public static decimal AboveZeroAtMost(decimal value, decimal maximum, string concept, string unit, string paramName) =>
            value > 0m && value <= maximum
                ? value
                : throw new DomainValidationException(
                    concept,
                    $"must be greater than 0 {unit} and at most {maximum.ToString(CultureInfo.InvariantCulture)} {unit}",
                    value.ToString(CultureInfo.InvariantCulture),
                    paramName);

        public static decimal Between(decimal value, decimal minimum, decimal maximum, string concept, string unit, string paramName) =>
            value >= minimum && value <= maximum
                ? value
                : throw new DomainValidationException(
                    concept,
                    $"must be between {minimum.ToString(CultureInfo.InvariantCulture)} {unit} and {maximum.ToString(CultureInfo.InvariantCulture)} {unit}",
                    value.ToString(CultureInfo.InvariantCulture),
                    paramName);
    }
}
