using System.Linq;
using AllTx.Generators.Common;

namespace AllTx.Generators.Unions
{
    /// <summary>
    /// Writes a union's <c>IVisitor</c> interface (one method per case, named after it) and <c>Visit(ref visitor)</c>:
    /// dispatch without delegates for hot paths. A struct visitor is a generic argument the JIT specialises, so its methods
    /// are inlined; a visitor that misses a case does not compile (it does not implement the interface).
    /// </summary>
    internal static class UnionVisitorWriter
    {
        private const string Interface = "IVisitor";
        private const string Method = "Visit";

        /// <summary>False when a case's name would clash with the generated members.</summary>
        public static bool CanWrite(UnionModel union) => union.Cases.All(c => c.MemberName != Interface && c.MemberName != Method);

        public static void Write(SourceWriter w, UnionModel union)
        {
            w.Line($"/// <summary>Handles every case of <see cref=\"{union.Name}\"/>, one method per case: implement it on a struct and pass it to <see cref=\"{Method}{{TVisitor}}(ref TVisitor)\"/>.</summary>");
            using (w.Block($"public interface {Interface}"))
            {
                for (int i = 0; i < union.Cases.Count; i++)
                {
                    UnionCase unionCase = union.Cases[i];
                    if (i > 0)
                    {
                        w.Line();
                    }

                    string caseType = union.DerivesFromOneOfBase ? unionCase.Name : union.Name + "." + unionCase.Name;
                    string caseCref = union.DerivesFromOneOfBase ? unionCase.Cref : caseType;
                    w.Line($"/// <summary>Handles the <see cref=\"{caseCref}\"/> case.</summary>");
                    w.Line($"/// <param name=\"{unionCase.Kind}\">The value, as that case.</param>");
                    w.Line($"void {unionCase.MemberName}({caseType} {unionCase.ParameterName});");
                }
            }

            w.Line();
            w.Line($"/// <summary>Calls the <paramref name=\"visitor\"/>'s method for this value's case: no delegate and no allocation, the visitor's method is inlined.</summary>");
            w.Line("/// <typeparam name=\"TVisitor\">A struct implementing every case's method; results go in its fields.</typeparam>");
            w.Line("/// <param name=\"visitor\">The visitor, passed by reference so that what it records stays in the caller's copy.</param>");
            w.Line(UnionDispatchWriter.AggressiveInlining);
            using (w.Block($"public void {Method}<TVisitor>(ref TVisitor visitor) where TVisitor : struct, {Interface}"))
            {
                UnionDispatchWriter.WriteCaseDispatch(w, union, returns: false, (unionCase, value) => $"visitor.{unionCase.MemberName}({value})");
            }

            w.Line();
        }
    }
}
