using System;
using System.Collections;
using System.Collections.Generic;

namespace AllTx
{
    /// <summary>
    /// Thrown when a value object is created from a value that breaks one of its rules (as Vogen's exception of the same
    /// name). The message names the value-object type, the value (or <c>[REDACTED]</c> for a <see cref="SensitiveAttribute"/>
    /// type) and the rule.
    /// </summary>
    public sealed class ValueObjectValidationException : Exception
    {
        /// <summary>Creates the exception for <paramref name="valueObjectType"/>.</summary>
        /// <param name="valueObjectType">The value-object type that rejected the value.</param>
        /// <param name="attemptedValue">The rejected value as text (already redacted for sensitive types).</param>
        /// <param name="rule">The rule that the value broke.</param>
        /// <param name="data">Extra data from <see cref="Validation.WithData(object, object)"/>, if any.</param>
        public ValueObjectValidationException(
            Type valueObjectType,
            string attemptedValue,
            string rule,
            IReadOnlyDictionary<object, object?>? data = null)
            : base(FormatMessage(valueObjectType, attemptedValue, rule))
        {
            ValueObjectType = valueObjectType;
            AttemptedValue = attemptedValue;
            Rule = rule;
            if (data is not null)
            {
                foreach (KeyValuePair<object, object?> entry in data)
                {
                    ((IDictionary)Data)[entry.Key] = entry.Value;
                }
            }
        }

        /// <summary>The value-object type that rejected the value.</summary>
        public Type ValueObjectType { get; }

        /// <summary>The rejected value as text; <c>[REDACTED]</c> for a sensitive value object.</summary>
        public string AttemptedValue { get; }

        /// <summary>The rule that the value broke (for example "must be at most 100").</summary>
        public string Rule { get; }

        /// <summary>Builds the message shared by this exception and the JSON converter's error.</summary>
        /// <param name="valueObjectType">The value-object type.</param>
        /// <param name="attemptedValue">The rejected value as text.</param>
        /// <param name="rule">The broken rule.</param>
        /// <returns>For example <c>'150' is not a valid BlastPercentage: must be at most 100.</c></returns>
        public static string FormatMessage(Type valueObjectType, string attemptedValue, string rule) =>
            $"{attemptedValue} is not a valid {valueObjectType.Name}: {rule}.";
    }
}
