using System;

namespace AllTx
{
    /// <summary>
    /// Declarative rule: a <see cref="string"/> value object must not be empty or white space only; a
    /// <see cref="Guid"/> value object must not be <see cref="Guid.Empty"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class NotEmptyAttribute : Attribute
    {
    }
}
