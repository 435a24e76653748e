using System.Collections.Generic;

namespace AllTx
{
    /// <summary>
    /// The outcome of validating a value for a value object: <see cref="Ok"/> or <see cref="Invalid(string)"/> with the
    /// rule that was broken (as Vogen's <c>Validation</c>). Returned by a value object's <c>Validate</c> method.
    /// </summary>
    public sealed class Validation
    {
        private readonly Dictionary<object, object?>? _data;

        private Validation(string? errorMessage, Dictionary<object, object?>? data)
        {
            ErrorMessage = errorMessage;
            _data = data;
        }

        /// <summary>The value is valid. A shared instance: returning it allocates nothing.</summary>
        public static Validation Ok { get; } = new Validation(null, null);

        /// <summary><see langword="true"/> for <see cref="Ok"/>; <see langword="false"/> for an invalid value.</summary>
        public bool IsSuccess => ErrorMessage is null;

        /// <summary>The rule that the value broke, in words (for example "must be at most 100"); null when valid.</summary>
        public string? ErrorMessage { get; }

        /// <summary>Extra data attached with <see cref="WithData(object, object)"/>, or null when there is none.</summary>
        public IReadOnlyDictionary<object, object?>? Data => _data;

        /// <summary>The value is invalid.</summary>
        /// <param name="reason">The rule the value broke, phrased to follow "the value" (for example "must be at most 12").</param>
        /// <returns>A failed validation carrying <paramref name="reason"/>.</returns>
        public static Validation Invalid(string reason = "is invalid") =>
            new Validation(string.IsNullOrWhiteSpace(reason) ? "is invalid" : reason, null);

        /// <summary>Returns a copy of this failed validation with one more data entry (it becomes the exception's data).</summary>
        /// <param name="key">The key of the entry.</param>
        /// <param name="value">The value of the entry.</param>
        /// <returns>A new <see cref="Validation"/>; <see cref="Ok"/> is returned unchanged.</returns>
        public Validation WithData(object key, object? value)
        {
            if (IsSuccess)
            {
                return this;
            }

            Dictionary<object, object?> data = _data is null
                ? new Dictionary<object, object?>()
                : new Dictionary<object, object?>(_data);
            data[key] = value;
            return new Validation(ErrorMessage, data);
        }

        /// <summary>"valid", or the broken rule.</summary>
        /// <returns>A short description of this outcome.</returns>
        public override string ToString() => ErrorMessage ?? "valid";
    }
}
