using System;

namespace AllTx.Domain
{
    /// <summary>Refuses enumeration values that are not declared members (e.g. a cast from 99).</summary>
    internal static class DomainEnum
    {
        public static TEnum Require<TEnum>(TEnum value, string paramName)
            where TEnum : struct, Enum =>
            Enum.IsDefined(value)
                ? value
                : throw new DomainValidationException(typeof(TEnum).Name, "must be one of " + string.Join(", ", Enum.GetNames<TEnum>()), value.ToString(), paramName);
    }
}
