using System;
using System.ComponentModel;
using System.Globalization;

namespace AllTx
{
    /// <summary>
    /// The <see cref="TypeConverter"/> of generated value objects (used by configuration binding, model binding and
    /// designers): converts from and to the underlying type, validating on the way in, and to <see cref="string"/> with
    /// the underlying value's invariant text (the real value, also for sensitive types: this is data exchange).
    /// </summary>
    /// <typeparam name="TSelf">The value-object type.</typeparam>
    /// <typeparam name="TValue">The underlying type.</typeparam>
    public class ValueObjectTypeConverter<TSelf, TValue> : TypeConverter
        where TSelf : IValueObject<TSelf, TValue>
    {
        /// <inheritdoc />
        public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
            sourceType == typeof(TValue) || base.CanConvertFrom(context, sourceType);

        /// <inheritdoc />
        public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) =>
            destinationType == typeof(TValue) || destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

        /// <inheritdoc />
        public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
            value is TValue underlying ? TSelf.From(underlying) : base.ConvertFrom(context, culture, value);

        /// <inheritdoc />
        public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType)
        {
            if (value is TSelf valueObject)
            {
                if (destinationType == typeof(TValue))
                {
                    return valueObject.Value;
                }

                if (destinationType == typeof(string))
                {
                    TValue underlying = valueObject.Value;
                    return underlying is IFormattable formattable
                        ? formattable.ToString(null, culture ?? CultureInfo.InvariantCulture)
                        : underlying?.ToString();
                }
            }

            return base.ConvertTo(context, culture, value, destinationType);
        }
    }
}
