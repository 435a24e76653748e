using System;

namespace AllTx
{
    /// <summary>
    /// The result of <c>TryFrom(value)</c>: either a valid value object or the <see cref="Validation"/> that explains why
    /// the value was rejected (as Vogen's type of the same name).
    /// </summary>
    /// <typeparam name="T">The value-object type.</typeparam>
    public readonly struct ValueObjectOrError<T>
    {
        private readonly T _valueObject;
        private readonly Validation? _error;

        /// <summary>A successful result.</summary>
        /// <param name="valueObject">The valid value object.</param>
        public ValueObjectOrError(T valueObject)
        {
            _valueObject = valueObject;
            _error = null;
        }

        /// <summary>A failed result.</summary>
        /// <param name="error">The failed validation.</param>
        public ValueObjectOrError(Validation error)
        {
            _valueObject = default!;
            _error = error;
        }

        /// <summary><see langword="true"/> when the value was valid.</summary>
        public bool IsSuccess => _error is null;

        /// <summary>The value object; throws when <see cref="IsSuccess"/> is false.</summary>
        /// <exception cref="InvalidOperationException">The value was invalid.</exception>
        public T ValueObject => _error is null
            ? _valueObject
            : throw new InvalidOperationException($"There is no {typeof(T).Name}: the value {_error.Value.ErrorMessage}.");

        /// <summary>The validation outcome: <see cref="Validation.Ok"/> on success, else the broken rule.</summary>
        public Validation Error => _error ?? Validation.Ok;
    }
}
