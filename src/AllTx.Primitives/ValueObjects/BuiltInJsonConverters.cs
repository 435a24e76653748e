using System;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AllTx
{
    /// <summary>
    /// The System.Text.Json converters of the underlying types that value objects support directly; using them needs no
    /// type metadata, so value objects of these types work with any source-generated context.
    /// </summary>
    internal static class BuiltInJsonConverters
    {
        internal static JsonConverter<T>? For<T>() => (JsonConverter<T>?)For(typeof(T));

        private static JsonConverter? For(Type type) =>
            type == typeof(int) ? JsonMetadataServices.Int32Converter
            : type == typeof(long) ? JsonMetadataServices.Int64Converter
            : type == typeof(short) ? JsonMetadataServices.Int16Converter
            : type == typeof(byte) ? JsonMetadataServices.ByteConverter
            : type == typeof(sbyte) ? JsonMetadataServices.SByteConverter
            : type == typeof(uint) ? JsonMetadataServices.UInt32Converter
            : type == typeof(ulong) ? JsonMetadataServices.UInt64Converter
            : type == typeof(ushort) ? JsonMetadataServices.UInt16Converter
            : type == typeof(decimal) ? JsonMetadataServices.DecimalConverter
            : type == typeof(double) ? JsonMetadataServices.DoubleConverter
            : type == typeof(float) ? JsonMetadataServices.SingleConverter
            : type == typeof(bool) ? JsonMetadataServices.BooleanConverter
            : type == typeof(char) ? JsonMetadataServices.CharConverter
            : type == typeof(string) ? JsonMetadataServices.StringConverter
            : type == typeof(Guid) ? JsonMetadataServices.GuidConverter
            : type == typeof(DateOnly) ? JsonMetadataServices.DateOnlyConverter
            : type == typeof(TimeOnly) ? JsonMetadataServices.TimeOnlyConverter
            : type == typeof(DateTime) ? JsonMetadataServices.DateTimeConverter
            : type == typeof(DateTimeOffset) ? JsonMetadataServices.DateTimeOffsetConverter
            : type == typeof(TimeSpan) ? JsonMetadataServices.TimeSpanConverter
            : null;
    }
}
