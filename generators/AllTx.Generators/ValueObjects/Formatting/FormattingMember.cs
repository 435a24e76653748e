using System;
using Microsoft.CodeAnalysis;

namespace AllTx.Generators.ValueObjects.Formatting
{
    /// <summary>The formatting members Vogen hoists from the underlying type; a user-declared partial one replaces Vogen's.</summary>
    [Flags]
    internal enum FormattingMember
    {
        None = 0,
        ToString = 1,
        ToStringWithFormatAndProvider = 2,
        ToStringWithProvider = 4,
        ToStringWithFormat = 8,
        TryFormatChars = 16,
        TryFormatUtf8 = 32,
    }

    /// <summary>Recognises the formatting members by signature.</summary>
    internal static class FormattingMembers
    {
        internal static FormattingMember Of(IMethodSymbol method)
        {
            if (method.IsStatic)
            {
                return FormattingMember.None;
            }

            var parameters = method.Parameters;
            if (method.Name == "ToString" && method.ReturnType.SpecialType == SpecialType.System_String)
            {
                switch (parameters.Length)
                {
                    case 0:
                        return FormattingMember.ToString;
                    case 1 when parameters[0].Type.SpecialType == SpecialType.System_String:
                        return FormattingMember.ToStringWithFormat;
                    case 1 when parameters[0].Type.Name == "IFormatProvider":
                        return FormattingMember.ToStringWithProvider;
                    case 2 when parameters[0].Type.SpecialType == SpecialType.System_String && parameters[1].Type.Name == "IFormatProvider":
                        return FormattingMember.ToStringWithFormatAndProvider;
                }
            }

            if (method.Name == "TryFormat"
                && method.ReturnType.SpecialType == SpecialType.System_Boolean
                && parameters.Length == 4
                && parameters[0].Type is INamedTypeSymbol { Name: "Span", TypeArguments.Length: 1 } span)
            {
                switch (span.TypeArguments[0].SpecialType)
                {
                    case SpecialType.System_Char: return FormattingMember.TryFormatChars;
                    case SpecialType.System_Byte: return FormattingMember.TryFormatUtf8;
                }
            }

            return FormattingMember.None;
        }
    }
}
