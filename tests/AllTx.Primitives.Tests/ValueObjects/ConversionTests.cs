using System.ComponentModel;
using System.Globalization;

namespace AllTx.Primitives.Tests.ValueObjects;

public sealed class ConversionTests
{
    [Fact]
    public void Explicit_casts_go_both_ways_and_validate()
    {
        BlastPercentage blasts = (BlastPercentage)12m;

        Assert.Equal(12m, (decimal)blasts);
        Assert.Throws<ValueObjectValidationException>(() => (BlastPercentage)TestValues.AtRunTime(101m));
    }

    [Fact]
    public void Cast_operators_follow_the_attribute_settings()
    {
        int cycle = CycleNumber.From(2);

        Assert.Equal(2, cycle);
        Assert.Null(typeof(CycleNumber).GetMethods().FirstOrDefault(m => m.Name == "op_Explicit" && m.ReturnType == typeof(CycleNumber)));
    }

    [Fact]
    public void Type_converter_converts_from_text_and_underlying_value_with_validation()
    {
        TypeConverter converter = TypeDescriptor.GetConverter(typeof(BlastPercentage));

        Assert.Equal(BlastPercentage.From(12.5m), converter.ConvertFromInvariantString("12.5"));
        Assert.Equal(BlastPercentage.From(3m), converter.ConvertFrom(3m));
        Assert.Equal("12.5", converter.ConvertToInvariantString(BlastPercentage.From(12.5m)));
        Assert.Equal(12.5m, converter.ConvertTo(BlastPercentage.From(12.5m), typeof(decimal)));
        Assert.Throws<ValueObjectValidationException>(() => converter.ConvertFromInvariantString("150"));
    }

    [Fact]
    public void Type_converter_of_a_non_parsable_underlying_type_converts_the_value_only()
    {
        TypeConverter converter = TypeDescriptor.GetConverter(typeof(ProtocolVersion));

        Assert.True(converter.CanConvertFrom(typeof(Version)));
        Assert.Equal(ProtocolVersion.From(new Version(1, 2)), converter.ConvertFrom(new Version(1, 2)));
    }
}
