namespace AllTx.Shared.Units
{
    /// <summary>
    /// One component of a parsed UCUM term with its effective exponent (negative in a denominator): a prefixed atom
    /// (<c>mg</c>, <c>m2</c>, <c>10*6</c>), an integer factor (<c>100</c>) or an annotation alone (<c>{cells}</c>).
    /// </summary>
    internal sealed class UcumComponent
    {
        internal UcumComponent(string prefix, UcumAtom? atom, decimal integer, int exponent, string annotation)
        {
            Prefix = prefix;
            Atom = atom;
            Integer = integer;
            Exponent = exponent;
            Annotation = annotation;
        }

        /// <summary>The metric prefix code, or empty.</summary>
        internal string Prefix { get; }

        /// <summary>The atom, or null for an integer factor or an annotation alone.</summary>
        internal UcumAtom? Atom { get; }

        /// <summary>The integer factor (1 for an atom or an annotation).</summary>
        internal decimal Integer { get; }

        /// <summary>The exponent after division: <c>m2</c> in <c>mg/m2</c> has -2.</summary>
        internal int Exponent { get; }

        /// <summary>The annotation with its braces, or empty.</summary>
        internal string Annotation { get; }

        /// <summary>A denominator <c>kg</c>: the body weight a dose is normalised to.</summary>
        internal bool IsPerBodyWeight => Atom?.Code == "g" && Prefix == "k" && Exponent == -1;

        /// <summary>A denominator <c>m2</c>: the body-surface area a dose is normalised to.</summary>
        internal bool IsPerBodySurfaceArea => Atom?.Code == "m" && Prefix.Length == 0 && Exponent == -2;

        /// <summary>The component's text with a positive exponent, for rebuilding a code: <c>ug</c>, <c>m2</c>, <c>10*6{cells}</c>.</summary>
        internal string Text
        {
            get
            {
                int power = System.Math.Abs(Exponent);
                if (Atom is null)
                {
                    return Annotation.Length > 0 && Integer == 1m ? Annotation : Integer.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                string exponent = ReferenceEquals(Atom, UcumAtoms.TenPower) || power != 1 ? power.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
                return Prefix + Atom.Code + exponent + Annotation;
            }
        }
    }
}
