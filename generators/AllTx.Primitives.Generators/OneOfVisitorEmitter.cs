using AllTx.Generators.Common;

namespace AllTx.Primitives.Generators
{
    /// <summary>
    /// Writes <c>IOneOfVisitor&lt;T0, …&gt;</c> (one method per case) and <c>OneOf.Visit(ref visitor)</c>: dispatch without
    /// delegates for hot paths. A struct visitor is a generic argument the JIT specialises, so its methods are inlined; a
    /// visitor that misses a case does not compile.
    /// </summary>
    internal static class OneOfVisitorEmitter
    {
        /// <summary>Writes the visitor interface of <paramref name="shape"/>'s arity (outside the struct).</summary>
        public static void WriteInterface(SourceWriter w, OneOfShape shape)
        {
            w.Line($"/// <summary>Handles every case of a <see cref=\"{shape.TypeName.Replace('<', '{').Replace('>', '}')}\"/>, one method per case: implement it on a struct and pass it to <c>Visit(ref visitor)</c>.</summary>");
            for (int i = 0; i < shape.Arity; i++)
            {
                w.Line($"/// <typeparam name=\"T{i}\">The type of case {i}.</typeparam>");
            }

            using (w.Block($"public interface IOneOfVisitor<{shape.Join(i => $"in T{i}")}>"))
            {
                for (int i = 0; i < shape.Arity; i++)
                {
                    if (i > 0)
                    {
                        w.Line();
                    }

                    w.Line($"/// <summary>Handles case {i}.</summary>");
                    w.Line("/// <param name=\"value\">The value of the case.</param>");
                    w.Line($"void VisitT{i}(T{i} value);");
                }
            }
        }

        /// <summary>Writes <c>Visit</c> (inside the struct).</summary>
        public static void WriteVisit(SourceWriter w, OneOfShape shape)
        {
            w.Line();
            w.Line("/// <summary>Calls the <paramref name=\"visitor\"/>'s method for the case this value holds: no delegate and no allocation, the visitor's method is inlined.</summary>");
            w.Line("/// <typeparam name=\"TVisitor\">A struct implementing every case's method; results go in its fields.</typeparam>");
            w.Line("/// <param name=\"visitor\">The visitor, passed by reference so that what it records stays in the caller's copy.</param>");
            w.Line("/// <exception cref=\"global::System.InvalidOperationException\">This value is <c>default</c> and holds no case.</exception>");
            w.Line(OneOfDispatchEmitter.AggressiveInlining);
            using (w.Block($"public void Visit<TVisitor>(ref TVisitor visitor) where TVisitor : struct, global::AllTx.IOneOfVisitor<{shape.TypeParameters}>"))
            {
                OneOfDispatchEmitter.WriteCaseChain(w, shape, returns: false, i => $"visitor.VisitT{i}(_value{i})");
            }
        }
    }
}
