using System.Globalization;
using System.Linq;
using AllTx.Generators.Common;

namespace AllTx.Generators.Unions
{
    /// <summary>
    /// Writes the generated half of a <c>[Union] partial class X : OneOf.OneOfBase&lt;…&gt;</c>: what OneOf.SourceGenerator
    /// would write (a constructor from the OneOf of the cases, conversions from and to each case), the named members
    /// (<c>Is&lt;Case&gt;</c>, <c>TryGet&lt;Case&gt;</c>, Match/Switch with one handler per case named after it, the visitor)
    /// and a System.Text.Json converter writing <c>{"case": "&lt;case name&gt;", "value": …}</c>.
    /// </summary>
    internal static class OneOfBaseUnionWriter
    {
        private const string Json = "global::System.Text.Json";

        public static void Write(SourceWriter w, UnionModel union)
        {
            string oneOf = "global::OneOf.OneOf<" + string.Join(", ", union.Cases.Select(c => c.Name)) + ">";
            UnionGenerator.WriteConverterAttributes(w, union);
            using (w.Block($"partial class {union.Name}"))
            {
                WriteConstructor(w, union, oneOf);
                for (int i = 0; i < union.Cases.Count; i++)
                {
                    WriteCaseMembers(w, union, union.Cases[i], Index(i));
                }

                UnionDispatchWriter.Write(w, union);
                if (UnionVisitorWriter.CanWrite(union))
                {
                    UnionVisitorWriter.Write(w, union);
                }

                WriteJsonConverter(w, union, oneOf);
            }
        }

        private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

        private static void WriteConstructor(SourceWriter w, UnionModel union, string oneOf)
        {
            w.Line($"/// <summary>Creates the union holding the case that <paramref name=\"value\"/> holds.</summary>");
            w.Line("/// <param name=\"value\">A OneOf of the union's cases, in order.</param>");
            w.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"value\"/> holds null (as <c>default(OneOf&lt;…&gt;)</c> does): a union case always holds a value.</exception>");
            using (w.Block($"public {union.Name}({oneOf} value) : base(value)"))
            {
                for (int i = 0; i < union.Cases.Count; i++)
                {
                    UnionCase unionCase = union.Cases[i];
                    if (unionCase.CanBeNull)
                    {
                        w.Line($"if (value.IsT{Index(i)} && value.AsT{Index(i)} is null) throw global::AllTx.UnionErrors.NullCase(\"{union.Name}\", \"{unionCase.Kind}\");");
                    }
                }
            }

            w.Line();
        }

        private static void WriteCaseMembers(SourceWriter w, UnionModel union, UnionCase unionCase, string index)
        {
            string see = $"<see cref=\"{unionCase.Cref}\"/>";
            if (unionCase.Converts)
            {
                w.Line($"/// <summary>The union holding {see} as its <c>{unionCase.Kind}</c> case.</summary>");
                w.Line($"/// <param name=\"{unionCase.Kind}\">The case value; never null.</param>");
                w.Line($"public static implicit operator {union.Name}({unionCase.Name} {unionCase.ParameterName}) => new {union.Name}({unionCase.ParameterName});");
                w.Line();
                w.Line($"/// <summary>The {see} this union holds as its <c>{unionCase.Kind}</c> case.</summary>");
                w.Line("/// <param name=\"value\">The union.</param>");
                w.Line($"/// <exception cref=\"global::System.InvalidOperationException\">The union holds another case.</exception>");
                w.Line($"public static explicit operator {unionCase.Name}({union.Name} value) => (value ?? throw new global::System.ArgumentNullException(nameof(value))).AsT{index};");
                w.Line();
            }

            w.Line($"/// <summary>True when this holds the <c>{unionCase.Kind}</c> case ({see}).</summary>");
            w.Line($"public bool Is{unionCase.MemberName} => IsT{index};");
            w.Line();
            w.Line($"/// <summary>Gets the <c>{unionCase.Kind}</c> case ({see}), if this holds it.</summary>");
            w.Line($"/// <param name=\"{unionCase.Kind}\">The case value when the method returns true; otherwise default.</param>");
            w.Line($"/// <returns>True when this holds the <c>{unionCase.Kind}</c> case.</returns>");
            using (w.Block($"public bool TryGet{unionCase.MemberName}([global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out {unionCase.Name} {unionCase.ParameterName})"))
            {
                w.Line($"{unionCase.ParameterName} = IsT{index} ? AsT{index} : default!;");
                w.Line($"return IsT{index};");
            }

            w.Line();
        }

        private static void WriteJsonConverter(SourceWriter w, UnionModel union, string oneOf)
        {
            string cases = string.Join(", ", union.Cases.Select(c => $"\"{c.Kind}\""));
            w.Line("/// <summary>");
            w.Line($"/// Reads and writes <see cref=\"{union.Name}\"/> as <c>{{\"case\": …, \"value\": …}}</c>, the case one of {cases.Replace("\"", "&quot;")};");
            w.Line("/// a missing, unknown or repeated case, or a missing or null value, is a JsonException naming the union and the case.");
            w.Line("/// </summary>");
            using (w.Block($"public sealed class UnionJsonConverter : {Json}.Serialization.JsonConverter<{union.Name}>"))
            {
                w.Line($"private static readonly string[] s_cases = {{ {cases} }};");
                for (int i = 0; i < union.Cases.Count; i++)
                {
                    w.Line($"private readonly global::AllTx.Serialization.UnionCaseJson<{union.Cases[i].Name}> _case{Index(i)} = new();");
                }

                w.Line();
                w.Line("/// <inheritdoc />");
                using (w.Block($"public override {union.Name}? Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options)"))
                {
                    w.Line($"int index = global::AllTx.Serialization.OneOfJson.ReadEnvelope(ref reader, \"{union.Name}\", s_cases, out {Json}.Utf8JsonReader value);");
                    w.Line($"global::AllTx.Serialization.OneOfJson.RejectNullValue(ref value, \"{union.Name}\", s_cases[index]);");
                    w.Line("return index switch");
                    w.Line("{");
                    for (int i = 0; i < union.Cases.Count; i++)
                    {
                        string pattern = i == union.Cases.Count - 1 ? "_" : Index(i);
                        w.Line($"    {pattern} => new {union.Name}({oneOf}.FromT{Index(i)}(_case{Index(i)}.Read(ref value, options))),");
                    }

                    w.Line("};");
                }

                w.Line();
                w.Line("/// <inheritdoc />");
                using (w.Block($"public override void Write({Json}.Utf8JsonWriter writer, {union.Name} value, {Json}.JsonSerializerOptions options)"))
                {
                    w.Line("global::AllTx.Serialization.OneOfJson.WriteEnvelopeStart(writer, s_cases[value.Index]);");
                    using (w.Block("switch (value.Index)"))
                    {
                        for (int i = 0; i < union.Cases.Count; i++)
                        {
                            string label = i == union.Cases.Count - 1 ? "default" : "case " + Index(i);
                            w.Line($"{label}: _case{Index(i)}.Write(writer, value.AsT{Index(i)}, options); break;");
                        }
                    }

                    w.Line("writer.WriteEndObject();");
                }
            }
        }
    }
}
