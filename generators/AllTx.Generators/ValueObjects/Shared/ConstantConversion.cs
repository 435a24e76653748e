using System;
using System.Globalization;

namespace AllTx.CodeAnalysis.ValueObjects
{
    /// <summary>
    /// Converts a compile-time constant (an attribute argument or a constant expression) to the value it has as the
    /// underlying type: a <see cref="decimal"/> for integral and decimal types, a <see cref="double"/> for floating-point
    /// types, else the constant itself. Shared source: compiled into both the generator and the analyzers.
    /// </summary>
    internal static class ConstantConversion
    {
        internal static bool TryConvert(UnderlyingKind kind, object? constant, out object? value)
        {
            value = null;
            if (constant is null)
            {
                return false;
            }

            if (kind.IsFloatingPoint())
            {
                if (!TryGetDouble(constant, out double number))
                {
                    return false;
                }

                value = kind == UnderlyingKind.Single ? (double)(float)number : number;
                return true;
            }

            if (kind.IsNumeric())
            {
                if (!TryGetDecimal(constant, out decimal number) || !Fits(kind, number))
                {
                    return false;
                }

                value = number;
                return true;
            }

            switch (kind)
            {
                case UnderlyingKind.Boolean when constant is bool:
                case UnderlyingKind.Char when constant is char:
                case UnderlyingKind.String when constant is string:
                    value = constant;
                    return true;
                case UnderlyingKind.Guid when constant is string text:
                    value = text;
                    return Guid.TryParse(text, out _);
                case UnderlyingKind.DateOnly when constant is string:
                case UnderlyingKind.TimeOnly when constant is string:
                case UnderlyingKind.DateTime when constant is string:
                case UnderlyingKind.DateTimeOffset when constant is string:
                    value = constant;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Invariant text of a converted numeric value (round-trippable).</summary>
        internal static string ToInvariantText(object value) =>
            value is double number
                ? number.ToString("R", CultureInfo.InvariantCulture)
                : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

        private static bool TryGetDouble(object constant, out double number)
        {
            switch (constant)
            {
                case string text:
                    return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
                case char _:
                case bool _:
                    number = 0;
                    return false;
                case IConvertible convertible:
                    number = convertible.ToDouble(CultureInfo.InvariantCulture);
                    return true;
                default:
                    number = 0;
                    return false;
            }
        }

        private static bool TryGetDecimal(object constant, out decimal number)
        {
            number = 0;
            switch (constant)
            {
                case string text:
                    return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out number);
                case double d when double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) > (double)decimal.MaxValue:
                case float f when float.IsNaN(f) || float.IsInfinity(f) || Math.Abs(f) > (float)decimal.MaxValue:
                case char _:
                case bool _:
                    return false;
                case double d:
                    // "R" keeps what the author wrote (0.1 stays 0.1, not 0.1000000000000000055...).
                    return decimal.TryParse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
                case float f:
                    return decimal.TryParse(f.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
                case IConvertible convertible:
                    number = convertible.ToDecimal(CultureInfo.InvariantCulture);
                    return true;
                default:
                    return false;
            }
        }

        private static bool Fits(UnderlyingKind kind, decimal number)
        {
            if (kind == UnderlyingKind.Decimal)
            {
                return true;
            }

            if (decimal.Truncate(number) != number)
            {
                return false;
            }

            switch (kind)
            {
                case UnderlyingKind.Int32: return number >= int.MinValue && number <= int.MaxValue;
                case UnderlyingKind.Int64: return number >= long.MinValue && number <= long.MaxValue;
                case UnderlyingKind.Int16: return number >= short.MinValue && number <= short.MaxValue;
                case UnderlyingKind.Byte: return number >= byte.MinValue && number <= byte.MaxValue;
                case UnderlyingKind.SByte: return number >= sbyte.MinValue && number <= sbyte.MaxValue;
                case UnderlyingKind.UInt16: return number >= ushort.MinValue && number <= ushort.MaxValue;
                case UnderlyingKind.UInt32: return number >= uint.MinValue && number <= uint.MaxValue;
                case UnderlyingKind.UInt64: return number >= ulong.MinValue && number <= ulong.MaxValue;
                default: return false;
            }
        }
    }
}
