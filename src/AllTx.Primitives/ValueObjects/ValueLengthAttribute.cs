using System;

namespace AllTx
{
    /// <summary>
    /// Declarative rule for a <see cref="string"/> value object: its length in UTF-16 code units must be between
    /// <see cref="MinimumLength"/> and <see cref="MaximumLength"/>, both inclusive.
    /// </summary>
    [AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ValueLengthAttribute : Attribute
    {
        /// <summary>Declares the allowed length.</summary>
        /// <param name="minimumLength">The shortest allowed length.</param>
        /// <param name="maximumLength">The longest allowed length.</param>
        public ValueLengthAttribute(int minimumLength, int maximumLength)
        {
            MinimumLength = minimumLength;
            MaximumLength = maximumLength;
        }

        /// <summary>The shortest allowed length.</summary>
        public int MinimumLength { get; }

        /// <summary>The longest allowed length.</summary>
        public int MaximumLength { get; }
    }
}
