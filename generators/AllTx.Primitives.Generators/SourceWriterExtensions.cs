using System.Collections.Generic;
using AllTx.Generators.Common;

namespace AllTx.Primitives.Generators
{
    /// <summary>Shapes the emitters write often.</summary>
    internal static class SourceWriterExtensions
    {
        /// <summary>
        /// Writes <c>header</c> followed by a braced list of switch-expression arms closed by <c>};</c>, e.g.
        /// <c>public int X => _tag switch { 1 => …, _ => … };</c> over several lines.
        /// </summary>
        public static void SwitchExpression(this SourceWriter w, string header, IEnumerable<string> arms)
        {
            w.Line(header);
            w.Line("{");
            foreach (string arm in arms)
            {
                w.Line("    " + arm + ",");
            }

            w.Line("};");
        }
    }
}
