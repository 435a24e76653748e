using System.Linq;
using AllTx.Generators.Common;

namespace AllTx.Generators.Unions
{
    /// <summary>Writes Match and Switch of a union, with and without state, one handler per case named after it.</summary>
    internal static class UnionDispatchWriter
    {
        // Inlined into the caller, the handler calls can be devirtualised and inlined by the JIT's dynamic PGO
        // (docs/performance.md has what remains of a delegate call's cost).
        internal const string AggressiveInlining =
            "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

        public static void Write(SourceWriter w, UnionModel union)
        {
            string state = union.Cases.Any(c => c.Kind == "state") ? "_state" : "state";
            var forms = new[]
            {
                new Form("Returns the result of the handler of this value's case.", "TResult Match<TResult>", null, c => $"global::System.Func<{c}, TResult>", string.Empty),
                new Form("Returns the result of the handler of this value's case, passing it the state so that the handlers need not capture (and allocate) a closure.", "TResult Match<TState, TResult>", state, c => $"global::System.Func<TState, {c}, TResult>", state + ", "),
                new Form("Runs the handler of this value's case.", "void Switch", null, c => $"global::System.Action<{c}>", string.Empty),
                new Form("Runs the handler of this value's case, passing it the state so that the handlers need not capture (and allocate) a closure.", "void Switch<TState>", state, c => $"global::System.Action<TState, {c}>", state + ", "),
            };

            foreach (Form form in forms)
            {
                bool returns = form.Signature.StartsWith("TResult", System.StringComparison.Ordinal);
                WriteDocs(w, union, form, returns);
                string stateParameter = form.StateName is null ? string.Empty : $"TState {form.StateName}, ";
                string handlers = string.Join(", ", union.Cases.Select(c => $"{form.HandlerType(c.Name)} {c.ParameterName}"));

                // OneOfBase has Match and Switch with the same parameter types (f0, f1, …): the named ones replace them.
                string hides = union.DerivesFromOneOfBase && form.StateName is null ? "new " : string.Empty;
                w.Line(AggressiveInlining);
                using (w.Block($"public {hides}{form.Signature}({stateParameter}{handlers})"))
                {
                    foreach (UnionCase unionCase in union.Cases)
                    {
                        w.Line($"global::System.ArgumentNullException.ThrowIfNull({unionCase.ParameterName});");
                    }

                    WriteCaseDispatch(w, union, returns, (unionCase, value) => $"{unionCase.ParameterName}({form.StateArgument}{value})");
                }

                w.Line();
            }
        }

        /// <summary>
        /// Writes one exact type test per case, calling <paramref name="call"/> with this value as that case, then a throw
        /// for a value of no case. The JIT reads the object's type once and compares it with each case's type, as cheap as
        /// a hand-written switch on a tag; a type pattern (<c>this switch { Positive p =&gt; … }</c>) also tests its
        /// result for null at every arm. The exact test is what makes the unchecked cast safe.
        /// </summary>
        internal static void WriteCaseDispatch(SourceWriter w, UnionModel union, bool returns, System.Func<UnionCase, string, string> call)
        {
            string result = returns ? "return " : string.Empty;
            string end = returns ? string.Empty : " return;";
            if (union.DerivesFromOneOfBase)
            {
                WriteIndexDispatch(w, union, result, end, call);
                return;
            }

            foreach (UnionCase unionCase in union.Cases)
            {
                string value = $"global::System.Runtime.CompilerServices.Unsafe.As<{unionCase.Name}>(this)";
                w.Line($"if (GetType() == typeof({unionCase.Name})) {{ {result}{call(unionCase, value)};{end} }}");
            }

            w.Line($"throw global::AllTx.UnionErrors.UnknownCase(this, \"{union.Name}\");");
        }

        /// <summary>
        /// A <c>OneOfBase</c> union holds its case's index: one switch on it, each arm reading the case's typed value. Its
        /// constructor accepts only the indexes of its cases, so the last case is the default arm.
        /// </summary>
        private static void WriteIndexDispatch(SourceWriter w, UnionModel union, string result, string end, System.Func<UnionCase, string, string> call)
        {
            using (w.Block("switch (Index)"))
            {
                for (int i = 0; i < union.Cases.Count; i++)
                {
                    string label = i == union.Cases.Count - 1 ? "default" : "case " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    w.Line($"{label}: {result}{call(union.Cases[i], "AsT" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))};{end}");
                }
            }
        }

        private static void WriteDocs(SourceWriter w, UnionModel union, Form form, bool returns)
        {
            w.Line($"/// <summary>{form.Summary}</summary>");
            if (form.StateName is not null)
            {
                w.Line("/// <typeparam name=\"TState\">The type of the state passed to the handlers.</typeparam>");
            }

            if (returns)
            {
                w.Line("/// <typeparam name=\"TResult\">The type the handlers return.</typeparam>");
            }

            if (form.StateName is not null)
            {
                w.Line($"/// <param name=\"{form.StateName}\">Passed to the handler that runs.</param>");
            }

            foreach (UnionCase unionCase in union.Cases)
            {
                w.Line($"/// <param name=\"{unionCase.Kind}\">Handles the <see cref=\"{unionCase.Cref}\"/> case.</param>");
            }

            if (returns)
            {
                w.Line("/// <returns>What the handler of this value's case returns.</returns>");
            }

            w.Line("/// <exception cref=\"global::System.ArgumentNullException\">A handler is null.</exception>");
        }

        private sealed class Form
        {
            public Form(string summary, string signature, string? stateName, System.Func<string, string> handlerType, string stateArgument)
            {
                Summary = summary;
                Signature = signature;
                StateName = stateName;
                HandlerType = handlerType;
                StateArgument = stateArgument;
            }

            public string Summary { get; }

            public string Signature { get; }

            public string? StateName { get; }

            public System.Func<string, string> HandlerType { get; }

            public string StateArgument { get; }
        }
    }
}
