using System;
using System.Text.Json.Serialization;

namespace AllTx.Domain
{
    /// <summary>
    /// Writes a domain enumeration as its member name and reads only member names: numbers are refused, so an undefined
    /// value such as 99 never enters the domain.
    /// </summary>
    internal sealed class StrictEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
        where TEnum : struct, Enum
    {
        public StrictEnumConverter()
            : base(namingPolicy: null, allowIntegerValues: false)
        {
        }
    }
}
