using System;
using System.Collections.Generic;
using System.Globalization;

namespace AllTx.Shared.Units
{
    /// <summary>
    /// Reads a UCUM code by the grammar of The Unified Code for Units of Measure (https://ucum.org/ucum, §§ 1–14): terms of
    /// components joined by <c>.</c> (multiplication) and <c>/</c> (division, left to right), an optional leading
    /// <c>/</c>, parentheses, metric prefixes on metric atoms, integer exponents (<c>m2</c>, <c>s-1</c>), integer
    /// factors, <c>10*n</c>, and annotations in braces that do not change the magnitude (<c>{cells}</c>). Case-sensitive
    /// and without spaces, as UCUM is.
    /// </summary>
    internal static class UcumParser
    {
        private const string Delimiters = "./(){}";

        /// <summary>Parses <paramref name="code"/>; on failure <paramref name="reason"/> says what is wrong and where.</summary>
        internal static bool TryParse(string? code, out UcumUnit? unit, out string reason)
        {
            unit = null;
            if (code is null || code.Length == 0)
            {
                reason = "a unit code must not be empty";
                return false;
            }

            for (int i = 0; i < code.Length; i++)
            {
                if (char.IsWhiteSpace(code[i]))
                {
                    reason = "UCUM codes have no spaces; found one at position " + (i + 1).ToString(CultureInfo.InvariantCulture);
                    return false;
                }
            }

            var components = new List<UcumComponent>();
            int at = 0;
            try
            {
                int sign = 1;
                if (code[0] == '/')
                {
                    at = 1;
                    sign = -1;
                }

                ParseTerm(code, ref at, sign, components);
                if (at < code.Length)
                {
                    throw Fail(at, "unexpected '" + code[at] + "'");
                }

                unit = UcumUnit.Build(code, components);
                reason = string.Empty;
                return true;
            }
            catch (FormatException error)
            {
                reason = error.Message;
                return false;
            }
            catch (OverflowException)
            {
                reason = "its magnitude is outside the range the SDK can convert exactly";
                return false;
            }
        }

        private static void ParseTerm(string code, ref int at, int sign, List<UcumComponent> components)
        {
            ParseComponent(code, ref at, sign, components);
            while (at < code.Length && (code[at] == '.' || code[at] == '/'))
            {
                int next = code[at] == '/' ? -sign : sign;
                at++;
                ParseComponent(code, ref at, next, components);
            }
        }

        private static void ParseComponent(string code, ref int at, int sign, List<UcumComponent> components)
        {
            if (at >= code.Length)
            {
                throw Fail(at, "a unit is missing at the end");
            }

            char first = code[at];
            if (first == '(')
            {
                at++;
                ParseTerm(code, ref at, sign, components);
                if (at >= code.Length || code[at] != ')')
                {
                    throw Fail(at, "a ')' is missing");
                }

                at++;
                return;
            }

            if (first == '{')
            {
                components.Add(new UcumComponent(string.Empty, null, 1m, sign, ReadAnnotation(code, ref at)));
                return;
            }

            if (char.IsDigit(first) && !StartsTenPower(code, at))
            {
                int start = at;
                while (at < code.Length && char.IsDigit(code[at]))
                {
                    at++;
                }

                if (at < code.Length && code[at] == '^')
                {
                    throw Fail(start, "'10^' is not the UCUM spelling of a power of ten; write '10*'");
                }

                decimal integer = decimal.Parse(code.Substring(start, at - start), NumberStyles.None, CultureInfo.InvariantCulture);
                components.Add(new UcumComponent(string.Empty, null, integer, sign, string.Empty));
                return;
            }

            components.Add(ReadAnnotatable(code, ref at, sign));
        }

        private static bool StartsTenPower(string code, int at) => string.CompareOrdinal(code, at, "10*", 0, 3) == 0;

        private static UcumComponent ReadAnnotatable(string code, ref int at, int sign)
        {
            int start = at;
            if (StartsTenPower(code, at))
            {
                at += 3;
                int power = ReadExponent(code, ref at) ?? 1;
                return new UcumComponent(string.Empty, UcumAtoms.TenPower, 1m, power * sign, ReadOptionalAnnotation(code, ref at));
            }

            while (at < code.Length && Delimiters.IndexOf(code[at]) < 0)
            {
                if (code[at] == '[')
                {
                    int close = code.IndexOf(']', at);
                    at = close < 0 ? throw Fail(at, "a ']' is missing") : close + 1;
                }
                else
                {
                    at++;
                }
            }

            string symbol = code.Substring(start, at - start);
            int digits = symbol.Length;
            while (digits > 0 && char.IsDigit(symbol[digits - 1]))
            {
                digits--;
            }

            if (digits > 0 && digits < symbol.Length && (symbol[digits - 1] == '-' || symbol[digits - 1] == '+'))
            {
                digits--;
            }

            string name = symbol.Substring(0, digits);
            int exponent = digits == symbol.Length ? 1 : int.Parse(symbol.Substring(digits), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            (string prefix, UcumAtom atom) = Resolve(code, start, name);
            return new UcumComponent(prefix, atom, 1m, exponent * sign, ReadOptionalAnnotation(code, ref at));
        }

        private static (string Prefix, UcumAtom Atom) Resolve(string code, int at, string name)
        {
            if (name.Length == 0)
            {
                throw Fail(at, "a unit is missing");
            }

            if (UcumAtoms.IsNonRatio(name))
            {
                throw Fail(at, "'" + name + "' is a special non-ratio UCUM unit (an offset or logarithmic scale) that the SDK does not convert, found");
            }

            if (UcumAtoms.TryGet(name, out UcumAtom? exact))
            {
                return (string.Empty, exact!);
            }

            foreach (int length in new[] { 2, 1 })
            {
                if (name.Length > length && UcumAtoms.TryGetPrefix(name.Substring(0, length), out _)
                    && UcumAtoms.TryGet(name.Substring(length), out UcumAtom? prefixed) && prefixed!.Metric)
                {
                    return (name.Substring(0, length), prefixed);
                }
            }

            throw Fail(at, "'" + name + "' is not a UCUM unit");
        }

        private static int? ReadExponent(string code, ref int at)
        {
            int start = at;
            if (at < code.Length && (code[at] == '-' || code[at] == '+'))
            {
                at++;
            }

            int digitsStart = at;
            while (at < code.Length && char.IsDigit(code[at]))
            {
                at++;
            }

            return at == digitsStart ? null : int.Parse(code.Substring(start, at - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        private static string ReadOptionalAnnotation(string code, ref int at) =>
            at < code.Length && code[at] == '{' ? ReadAnnotation(code, ref at) : string.Empty;

        private static string ReadAnnotation(string code, ref int at)
        {
            int start = at;
            int close = code.IndexOf('}', at);
            if (close < 0)
            {
                throw Fail(at, "a '}' is missing");
            }

            for (int i = start + 1; i < close; i++)
            {
                if (code[i] < 33 || code[i] > 126 || code[i] == '{')
                {
                    throw Fail(i, "an annotation may hold only printable ASCII characters without spaces or braces");
                }
            }

            at = close + 1;
            return code.Substring(start, close + 1 - start);
        }

        private static FormatException Fail(int at, string reason) =>
            new FormatException(reason + " at position " + (at + 1).ToString(CultureInfo.InvariantCulture));
    }
}
