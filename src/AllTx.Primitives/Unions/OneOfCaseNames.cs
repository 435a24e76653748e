using System;
using System.Collections.Generic;
using System.Linq;

namespace AllTx
{
    /// <summary>
    /// Display names of the cases of a <c>OneOf</c>, used in its JSON (<c>"case"</c>), <c>ToString()</c> and error
    /// messages: the C#-like short type name (<c>Int32</c>, <c>List&lt;String&gt;</c>, <c>Int32?</c>); the
    /// namespace-qualified name when two cases share a short name; <c>T0</c>, <c>T1</c>, … when two cases have the same type.
    /// </summary>
    internal static class OneOfCaseNames
    {
        internal static string[] Of(params Type[] caseTypes)
        {
            string[] shortNames = caseTypes.Select(type => NameOf(type, qualified: false)).ToArray();
            if (AreDistinct(shortNames))
            {
                return shortNames;
            }

            string[] qualifiedNames = caseTypes.Select(type => NameOf(type, qualified: true)).ToArray();
            return AreDistinct(qualifiedNames)
                ? qualifiedNames
                : Enumerable.Range(0, caseTypes.Length).Select(index => "T" + index).ToArray();
        }

        /// <summary><c>OneOf&lt;Int32, String&gt;</c>: how messages name the union type.</summary>
        internal static string Display(string[] caseNames) => "OneOf<" + string.Join(", ", caseNames) + ">";

        /// <summary><c>"Int32", "String"</c>: how messages list the allowed cases.</summary>
        internal static string List(string[] caseNames) => "\"" + string.Join("\", \"", caseNames) + "\"";

        private static bool AreDistinct(string[] names) => names.Distinct(StringComparer.Ordinal).Count() == names.Length;

        private static string NameOf(Type type, bool qualified)
        {
            if (Nullable.GetUnderlyingType(type) is Type underlying)
            {
                return NameOf(underlying, qualified) + "?";
            }

            if (type.IsArray)
            {
                return NameOf(type.GetElementType()!, qualified) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
            }

            string name = type.Name;
            int arityMark = name.IndexOf('`');
            if (arityMark >= 0)
            {
                name = name.Substring(0, arityMark);
            }

            if (type.IsGenericType)
            {
                name += "<" + string.Join(", ", type.GetGenericArguments().Select(argument => NameOf(argument, qualified))) + ">";
            }

            return qualified ? QualifierOf(type) + name : name;
        }

        private static string QualifierOf(Type type)
        {
            var parts = new List<string>();
            for (Type? outer = type.DeclaringType; outer is not null && !type.IsGenericParameter; outer = outer.DeclaringType)
            {
                parts.Insert(0, NameOf(outer, qualified: false) + ".");
            }

            string ns = type.Namespace is { Length: > 0 } value ? value + "." : string.Empty;
            return ns + string.Concat(parts);
        }
    }
}
