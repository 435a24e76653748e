using Microsoft.CodeAnalysis;

namespace AllTx.CodeAnalysis.ValueObjects
{
    /// <summary>
    /// The underlying types that value objects support directly; everything else goes through the general path.
    /// Shared source: compiled into both the generator and the analyzers.
    /// </summary>
    internal enum UnderlyingKind
    {
        Other,
        Int32,
        Int64,
        Int16,
        Byte,
        SByte,
        UInt16,
        UInt32,
        UInt64,
        Decimal,
        Double,
        Single,
        Boolean,
        Char,
        String,
        Guid,
        DateOnly,
        TimeOnly,
        DateTime,
        DateTimeOffset,
    }

    /// <summary>Classifies underlying types.</summary>
    internal static class UnderlyingKinds
    {
        internal static UnderlyingKind Of(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_Int32: return UnderlyingKind.Int32;
                case SpecialType.System_Int64: return UnderlyingKind.Int64;
                case SpecialType.System_Int16: return UnderlyingKind.Int16;
                case SpecialType.System_Byte: return UnderlyingKind.Byte;
                case SpecialType.System_SByte: return UnderlyingKind.SByte;
                case SpecialType.System_UInt16: return UnderlyingKind.UInt16;
                case SpecialType.System_UInt32: return UnderlyingKind.UInt32;
                case SpecialType.System_UInt64: return UnderlyingKind.UInt64;
                case SpecialType.System_Decimal: return UnderlyingKind.Decimal;
                case SpecialType.System_Double: return UnderlyingKind.Double;
                case SpecialType.System_Single: return UnderlyingKind.Single;
                case SpecialType.System_Boolean: return UnderlyingKind.Boolean;
                case SpecialType.System_Char: return UnderlyingKind.Char;
                case SpecialType.System_String: return UnderlyingKind.String;
                case SpecialType.System_DateTime: return UnderlyingKind.DateTime;
            }

            if (type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true }
                && type.ContainingType is null)
            {
                switch (type.MetadataName)
                {
                    case "Guid": return UnderlyingKind.Guid;
                    case "DateOnly": return UnderlyingKind.DateOnly;
                    case "TimeOnly": return UnderlyingKind.TimeOnly;
                    case "DateTimeOffset": return UnderlyingKind.DateTimeOffset;
                }
            }

            return UnderlyingKind.Other;
        }

        internal static bool IsNumeric(this UnderlyingKind kind) => kind >= UnderlyingKind.Int32 && kind <= UnderlyingKind.Single;

        internal static bool IsFloatingPoint(this UnderlyingKind kind) =>
            kind == UnderlyingKind.Double || kind == UnderlyingKind.Single;
    }
}
