using System.Runtime.CompilerServices;

namespace AllTx
{
    /// <summary>
    /// Builds the failed <see cref="Vogen.Validation"/> for a value that breaks a value object's rule: its message names
    /// the type, the value and the rule, and its data carries the three apart (Vogen copies validation data into the
    /// exception it throws, so <see cref="ValueObjectValidationException"/> reads them as properties). The generated
    /// <c>CheckDeclaredRules</c> calls it; a hand-written <c>Validate</c> should too.
    /// </summary>
    public static class RuleViolation
    {
        /// <summary>A failed validation of <paramref name="value"/> for <typeparamref name="TSelf"/>.</summary>
        /// <typeparam name="TSelf">The value-object type.</typeparam>
        /// <typeparam name="TValue">The underlying type.</typeparam>
        /// <param name="value">The rejected value.</param>
        /// <param name="rule">The broken rule, phrased to follow "the value" (for example "must be at most 100").</param>
        /// <param name="sensitive">Whether the value must not appear (a <see cref="SensitiveAttribute"/> type): it reads <c>[REDACTED]</c>.</param>
        /// <returns>A failed validation; its message is, for example, <c>'150' is not a valid BlastPercentage: must be at most 100.</c></returns>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static Vogen.Validation Of<TSelf, TValue>(TValue value, string rule, bool sensitive = false)
        {
            string attempted = ValueObjectSupport.Describe(value, sensitive);
            return Vogen.Validation.Invalid(ValueObjectValidationException.FormatMessage(typeof(TSelf), attempted, rule))
                .WithData(ValueObjectValidationException.ValueObjectTypeKey, typeof(TSelf))
                .WithData(ValueObjectValidationException.AttemptedValueKey, attempted)
                .WithData(ValueObjectValidationException.RuleKey, rule);
        }
    }
}
