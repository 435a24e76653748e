using AllTx.CodeAnalysis.ValueObjects;

namespace AllTx.Generators.ValueObjects.Rules
{
    /// <summary>Writes the ends of a declared range as C# literals of the underlying type.</summary>
    internal static class RangeLiterals
    {
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
