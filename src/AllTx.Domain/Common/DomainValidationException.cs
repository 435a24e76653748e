using System;

namespace AllTx.Domain
{
    /// <summary>
    /// A value was refused because it breaks a rule of the concept it was given for. The message names the concept, the
    /// rule and the value; <see cref="ArgumentException.ParamName"/> names where the value came from.
    /// </summary>
    public sealed class DomainValidationException : ArgumentException
    {
        /// <summary>Creates the exception for a value that breaks a rule of a concept.</summary>
        /// <param name="concept">The clinical concept, e.g. "BodyWeight".</param>
        /// <param name="rule">The rule, phrased to follow the concept, e.g. "must be greater than 0 kg".</param>
        /// <param name="value">The refused value as text.</param>
        /// <param name="paramName">Where the value came from (parameter or JSON field).</param>
        public DomainValidationException(string concept, string rule, string value, string? paramName)
            : base($"{concept} {rule}; got {value}.", paramName)
        {
            Concept = concept;
            Rule = rule;
            Value = value;
        }

        /// <summary>The concept whose rule was broken, e.g. "BodyWeight".</summary>
        public string Concept { get; }

        /// <summary>The rule that was broken, e.g. "must be greater than 0 kg".</summary>
        public string Rule { get; }

        /// <summary>The refused value as text.</summary>
        public string Value { get; }
    }
}
