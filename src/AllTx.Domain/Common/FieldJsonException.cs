using System.Text.Json;

namespace AllTx.Domain
{
    /// <summary>
    /// A <see cref="JsonException"/> whose message ends with the path of the offending field once System.Text.Json has
    /// filled in <see cref="JsonException.Path"/> (it does so for exceptions thrown by converters, but only adds the path
    /// to the message of its own errors).
    /// </summary>
    internal sealed class FieldJsonException : JsonException
    {
        public FieldJsonException(string message)
            : base(message)
        {
        }

        public override string Message => Path is null ? base.Message : base.Message + " Path: " + Path + ".";
    }
}
