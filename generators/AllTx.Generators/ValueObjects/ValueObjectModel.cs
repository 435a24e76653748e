using AllTx.CodeAnalysis.ValueObjects;
using AllTx.Generators.Common;

namespace AllTx.Generators.ValueObjects
{
    /// <summary>Everything the emitter needs about one value object: plain, equatable data (no symbols or syntax).</summary>
    internal sealed record ValueObjectModel(
        string? Namespace,
        EquatableArray<ContainingTypeModel> ContainingTypes,
        string Name,
        string FullyQualifiedName,
        string HintName,
        TypeShape Shape,
        bool IsSealed,
        string Underlying,
        UnderlyingKind UnderlyingKind,
        bool UnderlyingIsReferenceType,
        UnderlyingFeatures Features,
        int ToPrimitiveCasting,
        int FromPrimitiveCasting,
        bool HasValidate,
        bool HasNormalizeInput,
        bool HasUserToString,
        bool IsSensitive,
        EquatableArray<DeclaredRule> Rules,
        EquatableArray<InstanceModel> Instances)
    {
        internal bool IsValueType => Shape == TypeShape.Struct || Shape == TypeShape.RecordStruct;

        internal bool IsRecord => Shape == TypeShape.RecordStruct || Shape == TypeShape.RecordClass;
    }

    /// <summary>A containing type of a nested value object: its declaration keyword(s) and name.</summary>
    internal sealed record ContainingTypeModel(string Keyword, string Name);

    /// <summary>A well-known instance: the field name, the C# expression of its underlying value, its documentation.</summary>
    internal sealed record InstanceModel(string Name, string ValueExpression, string? Documentation);

    /// <summary>The kinds of type declaration that can be value objects.</summary>
    internal enum TypeShape
    {
        Struct,
        Class,
        RecordStruct,
        RecordClass,
    }

    /// <summary>What the underlying type supports, deciding which interfaces the value object implements.</summary>
    [System.Flags]
    internal enum UnderlyingFeatures
    {
        None = 0,
        Comparable = 1,
        Formattable = 2,
        SpanFormattable = 4,
        Parsable = 8,
        SpanParsable = 16,
        CastsAllowed = 32,
    }
}
