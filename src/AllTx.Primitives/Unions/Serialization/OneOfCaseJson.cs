using System;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;

namespace AllTx.Serialization
{
    /// <summary>Reads and writes the value of one case of a <c>OneOf.OneOf&lt;…&gt;</c> type.</summary>
    /// <typeparam name="TOneOf">The closed OneOf type.</typeparam>
    internal abstract class OneOfCaseJson<TOneOf>
    {
        /// <summary>True when the case type is a <see cref="Nullable{T}"/>, whose null is a value of the case.</summary>
        internal abstract bool AcceptsNull { get; }

        [UnconditionalSuppressMessage(
            "Trimming",
            "IL2055:MakeGenericType",
            Justification = "OneOfCaseJson's type parameters carry no DynamicallyAccessedMembers requirements.")]
        [UnconditionalSuppressMessage(
            "Trimming",
            "IL2072:CreateInstance",
            Justification = "The constructor of the closed OneOfCaseJson is kept by the typeof() below.")]
        internal static OneOfCaseJson<TOneOf> For(Type caseType, MethodInfo from)
        {
            Type closed = typeof(OneOfCaseJson<,>).MakeGenericType(typeof(TOneOf), caseType);
            return (OneOfCaseJson<TOneOf>)Activator.CreateInstance(closed, from)!;
        }

        /// <summary>Reads the case's value, <paramref name="reader"/> on its first token.</summary>
        internal abstract TOneOf Read(ref Utf8JsonReader reader, JsonSerializerOptions options);

        /// <summary>Writes the case's value.</summary>
        internal abstract void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options);
    }

    /// <summary>One case of a <c>OneOf.OneOf&lt;…&gt;</c>: its value through the caller's type-info resolver.</summary>
    /// <typeparam name="TOneOf">The closed OneOf type.</typeparam>
    /// <typeparam name="TCase">The case type.</typeparam>
    internal sealed class OneOfCaseJson<TOneOf, TCase> : OneOfCaseJson<TOneOf>
    {
        private readonly Func<TCase, TOneOf> _from;
        private readonly UnionCaseJson<TCase> _json = new();

        public OneOfCaseJson(MethodInfo from) =>
            _from = (Func<TCase, TOneOf>)Delegate.CreateDelegate(typeof(Func<TCase, TOneOf>), from);

        internal override bool AcceptsNull => Nullable.GetUnderlyingType(typeof(TCase)) is not null;

        internal override TOneOf Read(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
            _from(_json.Read(ref reader, options));

        internal override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options) =>
            _json.Write(writer, (TCase)value, options);
    }
}
