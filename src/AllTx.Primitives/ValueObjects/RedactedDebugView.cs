using System.ComponentModel;

namespace AllTx
{
    /// <summary>
    /// The debugger's view of a <see cref="SensitiveAttribute"/> value object (generated <c>[DebuggerTypeProxy]</c>): it shows
    /// <c>[REDACTED]</c> instead of the value object's fields, so a debugging session does not reveal the value by default.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class RedactedDebugView
    {
        /// <summary>Creates the view of one value object (the debugger calls this).</summary>
        /// <param name="valueObject">The value object being inspected; not kept.</param>
        public RedactedDebugView(object valueObject)
        {
            _ = valueObject;
        }

        /// <summary>Always <c>[REDACTED]</c>.</summary>
        public string Value => ValueObjectSupport.RedactedText;
    }
}
