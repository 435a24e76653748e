namespace AllTx.Domain
{
    /// <summary>
    /// Guards the domain's factories against value objects made with <c>default</c> or <c>new()</c>, which carry no value
    /// (Vogen reports those in code, VOG009/VOG010; this catches the ones that arrive at run time).
    /// </summary>
    internal static class Initialized
    {
        /// <summary>Returns <paramref name="value"/>, or throws when it was never created through validation.</summary>
        /// <exception cref="DomainValidationException">The value object is uninitialised; the message names the type and where it came from.</exception>
        public static TSelf Require<TSelf, TValue>(this IValueObject<TSelf, TValue> value, string paramName)
            where TSelf : IValueObject<TSelf, TValue> =>
            value.IsInitialized()
                ? (TSelf)value
                : throw new DomainValidationException(
                    typeof(TSelf).Name,
                    $"for {paramName} must be created with From, TryFrom or Parse (default or new() gives no value)",
                    ValueObjectSupport.UninitializedText,
                    paramName);
    }
}
