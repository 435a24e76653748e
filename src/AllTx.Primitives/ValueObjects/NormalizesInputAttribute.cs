using System;
using System.ComponentModel;

namespace AllTx
{
    /// <summary>
    /// Put by the value-object generator on a value object that declares a <c>NormalizeInput</c> hook. The hook is private,
    /// so a project that references the value object's assembly cannot see it; this marker tells the ATX3003 analyzer there
    /// that a constant is normalised before the declarative rules run, so it does not judge the raw constant. Not meant to
    /// be written by hand.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class NormalizesInputAttribute : Attribute
    {
    }
}
