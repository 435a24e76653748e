using AllTx.Generators.Common;

namespace AllTx.Generators.ValueObjects.Formatting
{
    /// <summary>What the formatting emitter needs about one Vogen value object: plain, equatable data.</summary>
    /// <param name="Namespace">The containing namespace, null for the global one.</param>
    /// <param name="Declarations">The partial declaration headers from the outermost containing type to the value object.</param>
    /// <param name="Name">The value object's name.</param>
    /// <param name="HintName">The generated file's hint name.</param>
    /// <param name="IsSensitive">Whether the type is <c>[Sensitive]</c>: every formatting path then shows <c>[REDACTED]</c>.</param>
    /// <param name="Members">The declared bodiless partial formatting members to implement.</param>
    internal sealed record FormattingModel(
        string? Namespace,
        EquatableArray<string> Declarations,
        string Name,
        string HintName,
        bool IsSensitive,
        EquatableArray<FormattingMemberModel> Members);

    /// <summary>One declared partial formatting member: which one, its modifiers and its parameter list as declared.</summary>
    internal sealed record FormattingMemberModel(FormattingMember Member, string Modifiers, EquatableArray<string> ParameterTypes, EquatableArray<string> ParameterNames);
}
