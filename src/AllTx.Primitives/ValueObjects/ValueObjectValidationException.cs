using System;
using System.Collections;
using System.Collections.Generic;

namespace AllTx
{
    /// <summary>
    /// Thrown when a value object is created from a value that breaks one of its rules (as Vogen's exception of the same
    /// name). The message names the value-object type, the value (or <c>[REDACTED]</c> for a <see cref="SensitiveAttribute"/>
    /// type) and the rule. Vogen throws it (<c>throws: typeof(ValueObjectValidationException)</c>) with the message of a
    /// failed validation made by <see cref="RuleViolation"/> and copies that validation's data in; the properties read it.
    /// </summary>
    public sealed class ValueObjectValidationException : Exception
    {
        /// <summary>The <see cref="Exception.Data"/> key of <see cref="ValueObjectType"/>.</summary>
        public const string ValueObjectTypeKey = "AllTx.ValueObjectType";

        /// <summary>The <see cref="Exception.Data"/> key of <see cref="AttemptedValue"/>.</summary>
        public const string AttemptedValueKey = "AllTx.AttemptedValue";

        /// <summary>The <see cref="Exception.Data"/> key of <see cref="Rule"/>.</summary>
        public const string RuleKey = "AllTx.Rule";

        private readonly Type? _valueObjectType;
        private readonly string? _attemptedValue;
        private readonly string? _rule;

        /// <summary>
        /// Creates the exception from a message alone; this is the constructor Vogen calls. Vogen then copies the failed
        /// validation's data (see <see cref="RuleViolation"/>) into <see cref="Exception.Data"/>, where the properties find
        /// the type, the value and the rule.
        /// </summary>
        /// <param name="message">The message, for example <c>'150' is not a valid BlastPercentage: must be at most 100.</c></param>
        public ValueObjectValidationException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception for <paramref name="valueObjectType"/>.</summary>
        /// <param name="valueObjectType">The value-object type that rejected the value.</param>
        /// <param name="attemptedValue">The rejected value as text (already redacted for sensitive types).</param>
        /// <param name="rule">The rule that the value broke.</param>
        /// <param name="data">Extra data to copy into <see cref="Exception.Data"/>, if any.</param>
        public ValueObjectValidationException(
            Type valueObjectType,
            string attemptedValue,
            string rule,
            IReadOnlyDictionary<object, object?>? data = null)
            : base(FormatMessage(valueObjectType, attemptedValue, rule))
        {
            _valueObjectType = valueObjectType;
            _attemptedValue = attemptedValue;
            _rule = rule;
            if (data is not null)
            {
                foreach (KeyValuePair<object, object?> entry in data)
                {
                    ((IDictionary)Data)[entry.Key] = entry.Value;
                }
            }
        }

        /// <summary>The value-object type that rejected the value; null when Vogen threw without rule data (an uninitialised instance).</summary>
        public Type? ValueObjectType => _valueObjectType ?? Data[ValueObjectTypeKey] as Type;

        /// <summary>The rejected value as text; <c>[REDACTED]</c> for a sensitive value object; null without rule data.</summary>
        public string? AttemptedValue => _attemptedValue ?? Data[AttemptedValueKey] as string;

        /// <summary>The rule that the value broke (for example "must be at most 100"); null without rule data.</summary>
        public string? Rule => _rule ?? Data[RuleKey] as string;

        /// <summary>Builds the message shared by this exception and the JSON converter's error.</summary>
        /// <param name="valueObjectType">The value-object type.</param>
        /// <param name="attemptedValue">The rejected value as text.</param>
        /// <param name="rule">The broken rule.</param>
        /// <returns>For example <c>'150' is not a valid BlastPercentage: must be at most 100.</c></returns>
        public static string FormatMessage(Type valueObjectType, string attemptedValue, string rule) =>
            $"{attemptedValue} is not a valid {valueObjectType.Name}: {rule}.";
    }
}
