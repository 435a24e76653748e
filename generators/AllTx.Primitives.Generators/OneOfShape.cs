using System;
using System.Collections.Generic;
using System.Linq;

namespace AllTx.Primitives.Generators
{
    /// <summary>The names used when writing the OneOf of one arity: type parameters, fields, handler parameters.</summary>
    internal sealed class OneOfShape
    {
        public OneOfShape(int arity)
        {
            Arity = arity;
            TypeParameters = Join(i => $"T{i}");
            TypeName = $"OneOf<{TypeParameters}>";
            FullTypeName = $"global::AllTx.OneOf<{TypeParameters}>";
        }

        /// <summary>The number of cases.</summary>
        public int Arity { get; }

        /// <summary><c>T0, T1, …</c></summary>
        public string TypeParameters { get; }

        /// <summary><c>OneOf&lt;T0, T1, …&gt;</c></summary>
        public string TypeName { get; }

        /// <summary><c>global::AllTx.OneOf&lt;T0, T1, …&gt;</c></summary>
        public string FullTypeName { get; }

        /// <summary>The open generic form used in <c>typeof</c>, e.g. <c>OneOf&lt;,&gt;</c>.</summary>
        public string OpenTypeArguments => "<" + new string(',', Arity - 1) + ">";

        /// <summary>Joins one piece per case with <c>", "</c>.</summary>
        public string Join(Func<int, string> piece) => Join(", ", piece);

        /// <summary>Joins one piece per case with <paramref name="separator"/>.</summary>
        public string Join(string separator, Func<int, string> piece) =>
            string.Join(separator, Enumerable.Range(0, Arity).Select(piece));

        /// <summary>The cases other than <paramref name="picked"/>, as type arguments (the remainder of a TryPick).</summary>
        public string RemainderTypeName(int picked)
        {
            string[] rest = Enumerable.Range(0, Arity).Where(i => i != picked).Select(i => $"T{i}").ToArray();
            return rest.Length == 1 ? rest[0] : $"global::AllTx.OneOf<{string.Join(", ", rest)}>";
        }

        /// <summary>
        /// Where case <paramref name="index"/> sits in the remainder left when <paramref name="picked"/> is taken out.
        /// </summary>
        public static int RemainderPosition(int index, int picked) => index < picked ? index : index - 1;

        /// <summary>
        /// Switch-expression arms over the stored tag: one per case from <paramref name="caseResult"/>, then
        /// <c>_ =&gt; <paramref name="defaultResult"/></c> for <c>default</c>.
        /// </summary>
        public IEnumerable<string> Arms(Func<int, string> caseResult, string defaultResult) =>
            Enumerable.Range(0, Arity).Select(i => $"{Tag(i)} => {caseResult(i)}").Concat(new[] { "_ => " + defaultResult });

        /// <summary>The tag stored for a case: 0 is kept for <c>default</c>.</summary>
        public static int Tag(int index) => index + 1;

        /// <summary>Arguments of the private constructor that hold <paramref name="value"/> in case <paramref name="index"/>.</summary>
        public string ConstructorArguments(int index, string value) =>
            $"{Tag(index)}, " + Join(i => i == index ? value : "default!");
    }
}
