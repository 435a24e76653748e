using System;

namespace AllTx
{
    /// <summary>
    /// Marks a value object that carries personal data (a patient identifier, a name, a birth date). Its generated
    /// <c>ToString()</c>, <see cref="IFormattable"/> / <see cref="ISpanFormattable"/> output, debugger display and validation
    /// error messages show <c>[REDACTED]</c> instead of the value, so that it does not leak into logs; <c>Value</c>, the JSON
    /// converter and the type converter still carry the real value for data exchange.
    /// </summary>
    [AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class SensitiveAttribute : Attribute
    {
    }
}
