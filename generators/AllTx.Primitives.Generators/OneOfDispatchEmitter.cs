using System;
using System.Linq;
using AllTx.Generators.Common;

namespace AllTx.Primitives.Generators
{
    /// <summary>Writes the members of a <c>OneOf</c> that dispatch on its case: Switch, Match, MapTn and TryPickTn.</summary>
    internal static class OneOfDispatchEmitter
    {
        private const string Action = "global::System.Action";
        private const string Func = "global::System.Func";
        internal const string NoCase = "throw global::AllTx.OneOfErrors.NoCase(CaseNames)";

        // Inlined into the caller, the handler calls can be devirtualised and inlined by the JIT's dynamic PGO, so Match
        // costs about what a hand-written switch does (docs/performance.md).
        internal const string AggressiveInlining =
            "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

        public static void Write(SourceWriter w, OneOfShape shape)
        {
            WriteHandlerMethod(
                w,
                shape,
                "Runs the handler of the case this value holds.",
                "public void Switch",
                null,
                i => $"{Action}<T{i}>",
                i => $"f{i}(_value{i})");
            WriteHandlerMethod(
                w,
                shape,
                "Runs the handler of the case this value holds, passing it <paramref name=\"state\"/> so that the handlers need not capture (and allocate) a closure.",
                "public void Switch<TState>",
                "TState",
                i => $"{Action}<TState, T{i}>",
                i => $"f{i}(state, _value{i})");
            WriteHandlerMethod(
                w,
                shape,
                "Returns the result of the handler of the case this value holds.",
                "public TResult Match<TResult>",
                null,
                i => $"{Func}<T{i}, TResult>",
                i => $"f{i}(_value{i})");
            WriteHandlerMethod(
                w,
                shape,
                "Returns the result of the handler of the case this value holds, passing it <paramref name=\"state\"/> so that the handlers need not capture (and allocate) a closure.",
                "public TResult Match<TState, TResult>",
                "TState",
                i => $"{Func}<TState, T{i}, TResult>",
                i => $"f{i}(state, _value{i})");
            for (int i = 0; i < shape.Arity; i++)
            {
                WriteMap(w, shape, i);
            }

            for (int i = 0; i < shape.Arity; i++)
            {
                WriteTryPick(w, shape, i);
            }
        }

        private static void WriteHandlerMethod(
            SourceWriter w,
            OneOfShape shape,
            string summary,
            string signatureStart,
            string? stateType,
            Func<int, string> handlerType,
            Func<int, string> invoke)
        {
            bool returnsResult = signatureStart.Contains("TResult");
            w.Line();
            w.Line($"/// <summary>{summary}</summary>");
            if (stateType is not null)
            {
                w.Line("/// <typeparam name=\"TState\">The type of the state passed to the handlers.</typeparam>");
            }

            if (returnsResult)
            {
                w.Line("/// <typeparam name=\"TResult\">The type the handlers return.</typeparam>");
            }

            if (stateType is not null)
            {
                w.Line("/// <param name=\"state\">Passed to the handler that runs.</param>");
            }

            for (int i = 0; i < shape.Arity; i++)
            {
                w.Line($"/// <param name=\"f{i}\">Handles case {i} (<typeparamref name=\"T{i}\"/>).</param>");
            }

            if (returnsResult)
            {
                w.Line("/// <returns>What the handler of the held case returns.</returns>");
            }

            w.Line("/// <exception cref=\"global::System.ArgumentNullException\">A handler is null.</exception>");
            w.Line("/// <exception cref=\"global::System.InvalidOperationException\">This value is <c>default</c> and holds no case.</exception>");
            string state = stateType is null ? string.Empty : $"{stateType} state, ";
            w.Line(AggressiveInlining);
            using (w.Block($"{signatureStart}({state}{shape.Join(i => $"{handlerType(i)} f{i}")})"))
            {
                for (int i = 0; i < shape.Arity; i++)
                {
                    w.Line($"global::System.ArgumentNullException.ThrowIfNull(f{i});");
                }

                WriteCaseChain(w, shape, returnsResult, invoke);
            }
        }

        /// <summary>
        /// Writes one test of the tag per case, running <paramref name="call"/> for the held case, then the throw for
        /// <c>default</c>. Tests in a row, not a <c>switch</c>: the JIT turns a switch over the dense tags into a jump
        /// table, whose indirect jump is predicted worse than the conditional branches of a hand-written switch over a
        /// few cases (docs/performance.md).
        /// </summary>
        internal static void WriteCaseChain(SourceWriter w, OneOfShape shape, bool returns, Func<int, string> call)
        {
            for (int i = 0; i < shape.Arity; i++)
            {
                w.Line(returns
                    ? $"if (_tag == {OneOfShape.Tag(i)}) {{ return {call(i)}; }}"
                    : $"if (_tag == {OneOfShape.Tag(i)}) {{ {call(i)}; return; }}");
            }

            w.Line($"{NoCase};");
        }

        private static void WriteMap(SourceWriter w, OneOfShape shape, int mapped)
        {
            string resultType = "global::AllTx.OneOf<" + shape.Join(i => i == mapped ? "TResult" : $"T{i}") + ">";
            w.Line();
            w.Line($"/// <summary>Transforms case {mapped} with <paramref name=\"mapFunc\"/> and keeps any other case as it is.</summary>");
            w.Line($"/// <typeparam name=\"TResult\">The new type of case {mapped}.</typeparam>");
            w.Line($"/// <param name=\"mapFunc\">Transforms the value of case {mapped}.</param>");
            w.Line("/// <returns>A value holding the same case index.</returns>");
            w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"mapFunc\"/> is null.</exception>");
            w.Line("/// <exception cref=\"global::System.InvalidOperationException\">This value is <c>default</c> and holds no case.</exception>");
            using (w.Block($"public {resultType} MapT{mapped}<TResult>({Func}<T{mapped}, TResult> mapFunc)"))
            {
                w.Line("global::System.ArgumentNullException.ThrowIfNull(mapFunc);");
                w.SwitchExpression(
                    "return _tag switch",
                    shape.Arms(i => $"{resultType}.FromT{i}({(i == mapped ? $"mapFunc(_value{i})" : $"_value{i}")})", NoCase));
            }
        }

        private static void WriteTryPick(SourceWriter w, OneOfShape shape, int picked)
        {
            string remainderType = shape.RemainderTypeName(picked);
            bool remainderIsOneOf = shape.Arity > 2;
            w.Line();
            w.Line($"/// <summary>Takes case {picked} out: its value when this holds it, otherwise the remaining cases.</summary>");
            w.Line($"/// <param name=\"value\">The value of case {picked} when this method returns true.</param>");
            w.Line($"/// <param name=\"remainder\">The value as one of the other cases when this method returns false.</param>");
            w.Line($"/// <returns>True when this holds case {picked}.</returns>");
            w.Line("/// <exception cref=\"global::System.InvalidOperationException\">This value is <c>default</c> and holds no case.</exception>");
            using (w.Block(
                $"public bool TryPickT{picked}([global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T{picked} value, " +
                $"[global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(true)] out {remainderType} remainder)"))
            {
                using (w.Block("switch (_tag)"))
                {
                    foreach (int i in Enumerable.Range(0, shape.Arity))
                    {
                        string remainder = i == picked
                            ? "default!"
                            : remainderIsOneOf ? $"{remainderType}.FromT{OneOfShape.RemainderPosition(i, picked)}(_value{i})" : $"_value{i}";
                        string value = i == picked ? $"_value{i}" : "default!";
                        string result = i == picked ? "true" : "false";
                        w.Line($"case {OneOfShape.Tag(i)}: value = {value}; remainder = {remainder}; return {result};");
                    }

                    w.Line($"default: {NoCase};");
                }
            }
        }
    }
}
