using System;
using System.ComponentModel;
using System.Globalization;

namespace AllTx
{
    /// <summary>
    /// The <see cref="TypeConverter"/> of value objects whose underlying type is parsable: adds conversion from
    /// <see cref="string"/> (parsed with the given culture, invariant by default, then validated).
    /// </summary>
    /// <typeparam name="TSelf">The value-object type.</typeparam>
    /// <typeparam name="TValue">The underlying type.</typeparam>
    public sealed class ParsableValueObjectTypeConverter<TSelf, TValue> : ValueObjectTypeConverter<TSelf, TValue>
        where TSelf : IValueObject<TSelf, TValue>, IParsable<TSelf>
    {
        /// <inheritdoc />
        public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
            sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

        /// <inheritdoc />
        public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
            value is string text
                ? TSelf.Parse(text, culture ?? CultureInfo.InvariantCulture)
                : base.ConvertFrom(context, culture, value);
    }
}
