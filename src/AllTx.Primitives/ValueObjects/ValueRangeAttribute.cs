using System;

namespace AllTx
{
    /// <summary>
    /// Declarative rule for a numeric value object: the value must lie between <see cref="Minimum"/> and
    /// <see cref="Maximum"/>, both ends inclusive unless <see cref="MinimumIsExclusive"/> / <see cref="MaximumIsExclusive"/>
    /// say otherwise. NaN never passes. The generator turns it into validation (before a user <c>Validate</c>) and the
    /// analyzers check constants against it at compile time (ATX3003).
    /// </summary>
    [AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ValueRangeAttribute : Attribute
    {
        /// <summary>A range with integral ends.</summary>
        /// <param name="minimum">The lowest allowed value.</param>
        /// <param name="maximum">The highest allowed value.</param>
        public ValueRangeAttribute(long minimum, long maximum)
        {
            Minimum = minimum;
            Maximum = maximum;
        }

        /// <summary>A range with fractional ends (for <c>decimal</c> value objects the ends are taken as written).</summary>
        /// <param name="minimum">The lowest allowed value.</param>
        /// <param name="maximum">The highest allowed value.</param>
        public ValueRangeAttribute(double minimum, double maximum)
        {
            Minimum = minimum;
            Maximum = maximum;
        }

        /// <summary>The lower end of the range (a <see cref="long"/> or a <see cref="double"/>).</summary>
        public object Minimum { get; }

        /// <summary>The upper end of the range (a <see cref="long"/> or a <see cref="double"/>).</summary>
        public object Maximum { get; }

        /// <summary>When true, <see cref="Minimum"/> itself is not allowed.</summary>
        public bool MinimumIsExclusive { get; set; }

        /// <summary>When true, <see cref="Maximum"/> itself is not allowed.</summary>
        public bool MaximumIsExclusive { get; set; }
    }
}
