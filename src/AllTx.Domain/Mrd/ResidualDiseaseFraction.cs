using System;
using System.Globalization;

namespace AllTx.Domain.Mrd
{
    /// <summary>
    /// Reading and writing the fractions of MRD reporting, which laboratories write either as a percentage ("0.01 %") or as
    /// a fraction in scientific notation ("1e-4"); both mean one leukaemic cell in 10,000 (DOMAIN.md "Measurable residual
    /// disease": a sensitivity of at least 1e-4 (0.01 %)).
    /// </summary>
    internal static class ResidualDiseaseFraction
    {
        public static decimal Require(decimal fraction, string concept, string paramName) =>
            fraction > 0m && fraction <= 1m
                ? fraction
                : throw new DomainValidationException(concept, "must be a fraction greater than 0 and at most 1 (e.g. 1e-4 or 0.01 %)", fraction.ToString(CultureInfo.InvariantCulture), paramName);

        public static decimal Parse(string text, string concept)
        {
            ArgumentNullException.ThrowIfNull(text);
            string trimmed = text.Trim();
            bool percent = trimmed.EndsWith('%');
            string number = percent ? trimmed[..^1].TrimEnd() : trimmed;
            if (!decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
            {
                throw new FormatException($"{concept} '{text}' is neither a fraction such as '1e-4' nor a percentage such as '0.01 %'.");
            }

            return Require(percent ? value / 100m : value, concept, nameof(text));
        }

        public static string Scientific(decimal fraction)
        {
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

        private static string Trim(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
    }
}
