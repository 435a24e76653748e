using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace AllTx
{
    /// <summary>
    /// The outcome of validating a value for a value object: <see cref="Ok"/> or <see cref="Invalid(string)"/> with the
    /// rule that was broken (as Vogen's <c>Validation</c>). Returned by a value object's <c>Validate</c> method.
    /// </summary>
    /// <remarks>
    /// A struct, so that returning <see cref="Ok"/> or <see cref="Invalid(string)"/> allocates nothing and, once the JIT
    /// inlines <c>Validate</c> into the generated <c>From</c>, the success flag is a constant on each path instead of a
    /// field of a shared object to load (docs/performance.md). <c>default(Validation)</c> is not a success: it reads as
    /// "is invalid", so a <c>Validate</c> that returns <c>default</c> by mistake rejects values instead of letting them
    /// through.
    /// </remarks>
    public readonly struct Validation : IEquatable<Validation>
    {
        private const string UnspecifiedRule = "is invalid";

        private readonly string? _errorMessage;
        private readonly Dictionary<object, object?>? _data;
        private readonly bool _isSuccess;

        private Validation(bool isSuccess, string? errorMessage, Dictionary<object, object?>? data)
        {
            _isSuccess = isSuccess;
            _errorMessage = errorMessage;
            _data = data;
        }

        /// <summary>The value is valid.</summary>
        public static Validation Ok
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => new(true, null, null);
        }

        /// <summary><see langword="true"/> for <see cref="Ok"/>; <see langword="false"/> for an invalid value (and for <c>default</c>).</summary>
        public bool IsSuccess => _isSuccess;

        /// <summary>The rule that the value broke, in words (for example "must be at most 100"); null when valid.</summary>
        public string? ErrorMessage => _isSuccess ? null : string.IsNullOrWhiteSpace(_errorMessage) ? UnspecifiedRule : _errorMessage;

        /// <summary>Extra data attached with <see cref="WithData(object, object)"/>, or null when there is none.</summary>
        public IReadOnlyDictionary<object, object?>? Data => _data;

        /// <summary>The value is invalid.</summary>
        /// <param name="reason">The rule the value broke, phrased to follow "the value" (for example "must be at most 12").</param>
        /// <returns>A failed validation carrying <paramref name="reason"/>.</returns>
        /// <remarks>A blank reason reads as "is invalid" (checked when the message is read, so that this stays call-free).</remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Validation Invalid(string reason = UnspecifiedRule) => new(false, reason, null);

        /// <summary>Returns a copy of this failed validation with one more data entry (it becomes the exception's data).</summary>
        /// <param name="key">The key of the entry.</param>
        /// <param name="value">The value of the entry.</param>
        /// <returns>A new <see cref="Validation"/>; <see cref="Ok"/> is returned unchanged.</returns>
        public Validation WithData(object key, object? value)
        {
            if (_isSuccess)
            {
                return this;
            }

            Dictionary<object, object?> data = _data is null
                ? new Dictionary<object, object?>()
                : new Dictionary<object, object?>(_data);
            data[key] = value;
            return new Validation(false, ErrorMessage, data);
        }

        /// <summary>Whether both are <see cref="Ok"/>, or both failed with the same rule and the same data instance.</summary>
        /// <param name="other">The validation to compare with.</param>
        /// <returns><see langword="true"/> when equal.</returns>
        public bool Equals(Validation other) =>
            _isSuccess == other._isSuccess
            && string.Equals(ErrorMessage, other.ErrorMessage, StringComparison.Ordinal)
            && ReferenceEquals(_data, other._data);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Validation other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => HashCode.Combine(_isSuccess, ErrorMessage);

        /// <summary>Whether two validations are equal (see <see cref="Equals(Validation)"/>).</summary>
        /// <param name="left">The first validation.</param>
        /// <param name="right">The second validation.</param>
        /// <returns><see langword="true"/> when equal.</returns>
        public static bool operator ==(Validation left, Validation right) => left.Equals(right);

        /// <summary>Whether two validations differ (see <see cref="Equals(Validation)"/>).</summary>
        /// <param name="left">The first validation.</param>
        /// <param name="right">The second validation.</param>
        /// <returns><see langword="true"/> when they differ.</returns>
        public static bool operator !=(Validation left, Validation right) => !left.Equals(right);

        /// <summary>"valid", or the broken rule.</summary>
        /// <returns>A short description of this outcome.</returns>
        public override string ToString() => ErrorMessage ?? "valid";
    }
}
