using AllTx.CodeAnalysis.ValueObjects;
using Microsoft.CodeAnalysis.CSharp;

namespace AllTx.Generators.ValueObjects
{
    /// <summary>Writes compile-time values as C# expressions of the underlying type.</summary>
    internal static class InstanceLiterals
    {
        private const string InvariantCulture = "global::System.Globalization.CultureInfo.InvariantCulture";

        /// <summary>The expression for an <c>[Instance]</c> value, or null when it cannot be a value of the underlying type.</summary>
        internal static string? Expression(UnderlyingKind kind, string underlying, object? constant, bool parsable)
        {
            if (kind == UnderlyingKind.Other)
            {
                return constant is string otherText && parsable
                    ? $"global::AllTx.ValueObjectSupport.Parse<{underlying}>({SymbolDisplay.FormatLiteral(otherText, quote: true)}, {InvariantCulture})"
                    : null;
            }

            if (!ConstantConversion.TryConvert(kind, constant, out object? value) || value is null)
            {
                return null;
            }

            switch (value)
            {
                case bool flag:
                    return flag ? "true" : "false";
                case char character:
                    return SymbolDisplay.FormatLiteral(character, quote: true);
                case string text when kind == UnderlyingKind.String:
                    return SymbolDisplay.FormatLiteral(text, quote: true);
                case string text:
                    return $"global::AllTx.ValueObjectSupport.Parse<{underlying}>({SymbolDisplay.FormatLiteral(text, quote: true)}, {InvariantCulture})";
                default:
                    return Numeric(kind, ConstantConversion.ToInvariantText(value));
            }
        }

        /// <summary>A numeric literal of the underlying type from invariant text (from <see cref="ConstantConversion"/>).</summary>
        internal static string Numeric(UnderlyingKind kind, string text)
        {
            switch (kind)
            {
                case UnderlyingKind.Int32: return text;
                case UnderlyingKind.Int64: return text + "L";
                case UnderlyingKind.UInt32: return text + "U";
                case UnderlyingKind.UInt64: return text + "UL";
                case UnderlyingKind.Decimal: return text + "m";
                case UnderlyingKind.Double: return Floating(text, "double", "d");
                case UnderlyingKind.Single: return Floating(text, "float", "f");
                case UnderlyingKind.Int16: return "(short)" + Parenthesised(text);
                case UnderlyingKind.Byte: return "(byte)" + text;
                case UnderlyingKind.SByte: return "(sbyte)" + Parenthesised(text);
                case UnderlyingKind.UInt16: return "(ushort)" + text;
                default: return text;
            }
        }

        private static string Floating(string text, string keyword, string suffix) =>
            text switch
            {
                "NaN" => keyword + ".NaN",
                "Infinity" => keyword + ".PositiveInfinity",
                "-Infinity" => keyword + ".NegativeInfinity",
                _ => (text.IndexOf('E') >= 0 || text.IndexOf('.') >= 0 ? text : text + ".0") + suffix,
            };

        private static string Parenthesised(string text) => text.StartsWith("-", System.StringComparison.Ordinal) ? "(" + text + ")" : text;
    }
}
