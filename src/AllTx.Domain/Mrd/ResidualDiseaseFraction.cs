using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AllTx.Domain.Mrd
{
    /// <summary>
    /// Reading and writing the fractions of MRD reporting, which laboratories write either as a percentage ("0.01 %") or as
    /// a fraction in scientific notation ("1e-4"); both mean one leukaemic cell in 10,000 (MRD-negative complete
    /// remission needs a sensitivity of at least 1e-4 (0.01 %), <see cref="SourceReference.MrdReportingInAll2021"/>). The range rule itself belongs to the value objects.
    /// </summary>
    internal static class ResidualDiseaseFraction
    {
        public static T Parse<T>(string text)
            where T : IValueObject<T, decimal>
        {
            ArgumentNullException.ThrowIfNull(text);
            return TryRead(text, out decimal fraction)
                ? T.From(fraction)
                : throw new FormatException(
                    $"'{text}' is not a valid {typeof(T).Name}: write a fraction such as '1e-4' or '0.0001', or a percentage such as '0.01 %'.");
        }

        public static bool TryParse<T>([NotNullWhen(true)] string? text, [MaybeNullWhen(false)] out T valueObject)
            where T : IValueObject<T, decimal>
        {
            valueObject = default;
            return text is not null && TryRead(text, out decimal fraction) && T.TryFrom(fraction, out valueObject);
        }

        public static string Scientific(bool isInitialized, decimal fraction)
        {
            if (!isInitialized)
            {
                return ValueObjectSupport.UninitializedText;
            }

            int exponent = 0;
            decimal mantissa = fraction;
            while (mantissa < 1m)
            {
                mantissa *= 10m;
                exponent--;
            }

            return Trim(mantissa) + "e" + exponent.ToString(CultureInfo.InvariantCulture);
        }

        public static string Percent(decimal fraction) => Trim(fraction * 100m) + " %";

        private static bool TryRead(string text, out decimal fraction)
        {
            string trimmed = text.Trim();
            bool percent = trimmed.EndsWith('%');
            string number = percent ? trimmed[..^1].TrimEnd() : trimmed;
            bool read = decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value);
            fraction = percent ? value / 100m : value;
            return read;
        }

        private static string Trim(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
    }
}
