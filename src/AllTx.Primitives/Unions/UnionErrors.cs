using System;
using System.ComponentModel;

namespace AllTx
{
    /// <summary>
    /// The exceptions that code generated for <see cref="UnionAttribute"/> unions throws. Called by generated code only.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class UnionErrors
    {
        /// <summary>
        /// A value of a union is none of its declared cases (a type outside the union derived from it through the copy
        /// constructor).
        /// </summary>
        /// <param name="value">The value met.</param>
        /// <param name="unionName">The name of the union type.</param>
        /// <returns>The exception to throw.</returns>
        public static InvalidOperationException UnknownCase(object value, string unionName) =>
            new InvalidOperationException(
                $"{value.GetType().FullName} is not one of the cases declared in union {unionName}; only its nested case types may derive from it.");

        /// <summary>A <c>OneOf</c> converted to a union holds a null case value.</summary>
        /// <param name="unionName">The name of the union type.</param>
        /// <param name="caseName">The name of the case holding null.</param>
        /// <returns>The exception to throw.</returns>
        public static ArgumentException NullCase(string unionName, string caseName) =>
            new ArgumentException(
                $"The OneOf converted to {unionName} holds null as its {caseName} case; a union value is never null.",
                "value");
    }
}
