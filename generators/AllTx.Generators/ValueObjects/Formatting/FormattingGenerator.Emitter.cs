using System.Linq;
using AllTx.Generators.Common;

namespace AllTx.Generators.ValueObjects.Formatting
{
    public sealed partial class FormattingGenerator
    {
        /// <summary>Writes the bodies of the declared formatting members and, for a sensitive type, its debugger display.</summary>
        internal static class Emitter
        {
            private const string Support = "global::AllTx.ValueObjectSupport";

            internal static string Emit(FormattingModel model) =>
                PartialDeclarations.Write(
                    "the formatting members " + model.Name + " declares" + (model.IsSensitive ? " (sensitive: redacted)." : "."),
                    model.Namespace,
                    model.Declarations,
                    model.IsSensitive
                        ? new[]
                        {
                            "[global::System.Diagnostics.DebuggerDisplay(\"" + "[REDACTED]" + "\")]",
                            "[global::System.Diagnostics.DebuggerTypeProxy(typeof(global::AllTx.RedactedDebugView))]",
                        }
                        : new string[0],
                    writer => EmitMembers(writer, model));

            private static void EmitMembers(SourceWriter writer, FormattingModel model)
            {
                for (int i = 0; i < model.Members.Count; i++)
                {
                    if (i > 0)
                    {
                        writer.Line();
                    }

                    FormattingMemberModel member = model.Members[i];
                    string parameters = string.Join(", ", member.ParameterTypes.Zip(member.ParameterNames, (type, name) => type + " " + name));
                    string returnType = member.Member >= FormattingMember.TryFormatChars ? "bool" : "string";
                    string name = member.Member >= FormattingMember.TryFormatChars ? "TryFormat" : "ToString";
                    writer.Line("/// <inheritdoc/>");
                    writer.Line($"{member.Modifiers} {returnType} {name}({parameters}) => {Body(model.IsSensitive, member)};");
                }
            }

            // Without a format (interpolation, string.Format, "{0}") every path prints ToString(); with one, the value.
            private static string Body(bool sensitive, FormattingMemberModel member)
            {
                EquatableArray<string> p = member.ParameterNames;
                string text = "ToString()";
                switch (member.Member)
                {
                    case FormattingMember.ToString:
                        return sensitive ? $"{Support}.Redacted(IsInitialized())" : $"IsInitialized() ? Value.ToString() : {Support}.UninitializedText";
                    case FormattingMember.ToStringWithProvider:
                        return text;
                    case FormattingMember.ToStringWithFormat:
                        return sensitive ? text : $"string.IsNullOrEmpty({p[0]}) || !IsInitialized() ? {text} : Value.ToString({p[0]})";
                    case FormattingMember.ToStringWithFormatAndProvider:
                        return sensitive ? text : $"string.IsNullOrEmpty({p[0]}) || !IsInitialized() ? {text} : Value.ToString({p[0]}, {p[1]})";
                    case FormattingMember.TryFormatChars:
                        return sensitive
                            ? $"{Support}.TryWrite({text}, {p[0]}, out {p[1]})"
                            : $"{p[2]}.IsEmpty || !IsInitialized() ? {Support}.TryWrite({text}, {p[0]}, out {p[1]}) : Value.TryFormat({p[0]}, out {p[1]}, {p[2]}, {p[3]})";
                    default:
                        return sensitive
                            ? $"{Support}.TryWriteUtf8({text}, {p[0]}, out {p[1]})"
                            : $"{p[2]}.IsEmpty || !IsInitialized() ? {Support}.TryWriteUtf8({text}, {p[0]}, out {p[1]}) : Value.TryFormat({p[0]}, out {p[1]}, {p[2]}, {p[3]})";
                }
            }
        }
    }
}
