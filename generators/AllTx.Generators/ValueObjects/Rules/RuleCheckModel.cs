using AllTx.CodeAnalysis.ValueObjects;
using AllTx.Generators.Common;

namespace AllTx.Generators.ValueObjects.Rules
{
    /// <summary>What the rule-check emitter needs about one Vogen value object: plain, equatable data (no symbols or syntax).</summary>
    /// <param name="Namespace">The containing namespace, null for the global one.</param>
    /// <param name="Declarations">The partial declaration headers from the outermost containing type to the value object.</param>
    /// <param name="Name">The value object's name.</param>
    /// <param name="HintName">The generated file's hint name.</param>
    /// <param name="Underlying">The underlying type, fully qualified.</param>
    /// <param name="UnderlyingKind">The underlying type's kind.</param>
    /// <param name="IsSensitive">Whether the type is <c>[Sensitive]</c> (rejected values are then redacted).</param>
    /// <param name="NormalizesInput">Whether the type has a <c>NormalizeInput</c> (marked for analyzers of referencing projects).</param>
    /// <param name="PartialValidate">The declared bodiless <c>Validate</c> to implement, or null.</param>
    /// <param name="Rules">The declarative rules that fit the underlying type.</param>
    internal sealed record RuleCheckModel(
        string? Namespace,
        EquatableArray<string> Declarations,
        string Name,
        string HintName,
        string Underlying,
        UnderlyingKind UnderlyingKind,
        bool IsSensitive,
        bool NormalizesInput,
        PartialValidateModel? PartialValidate,
        EquatableArray<DeclaredRule> Rules);

    /// <summary>A user-declared <c>static partial Validation Validate(T value);</c>: its accessibility and parameter name.</summary>
    internal sealed record PartialValidateModel(string Accessibility, string ParameterName);
}
