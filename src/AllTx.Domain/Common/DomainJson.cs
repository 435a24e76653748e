using System;
using System.Text.Json;

namespace AllTx.Domain
{
    /// <summary>Turns a broken domain rule met while reading JSON into a <see cref="JsonException"/> with the same message.</summary>
    internal static class DomainJson
    {
        public static void Validate(Action check)
        {
            try
            {
                check();
            }
            catch (DomainValidationException exception)
            {
                throw new JsonException(exception.Message, exception);
            }
        }

        public static T Create<T>(Func<T> create)
        {
            try
            {
                return create();
            }
            catch (DomainValidationException exception)
            {
                throw new JsonException(exception.Message, exception);
            }
        }

        public static void RequirePresent(object? value, string concept, string field)
        {
            if (value is null)
            {
                throw new DomainValidationException(concept, $"requires {field}", "null", field);
            }
        }

        public static T RequireNotNull<T>(T? value, string concept, string field)
            where T : class =>
            value ?? throw new DomainValidationException(concept, $"requires {field}", "null", field);
    }
}
