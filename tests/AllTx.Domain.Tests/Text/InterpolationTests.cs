using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using AllTx.Domain.Dosing;
using AllTx.Domain.Mrd;
using AllTx.Domain.Outcomes;

namespace AllTx.Domain.Tests.Text;

/// <summary>Value objects with their own clinical text print it wherever a report puts them, not the raw number.</summary>
public class InterpolationTests
{
    [Fact]
    public void Interpolation_and_string_Format_print_the_clinical_text()
    {
        MrdLevel level = MrdLevel.From(0.0001m);
        CycleDay day = CycleDay.From(8);
        Percentage percentage = Percentage.From(89.2m);

        Assert.Equal("MRD 1e-4 on day 8: 89.2 %", $"MRD {level} on {day}: {percentage}");
        Assert.Equal("1e-4 / day 8 / 89.2 %", string.Format(CultureInfo.InvariantCulture, "{0} / {1} / {2}", level, day, percentage));
        Assert.Equal(level.ToString(), level.ToString(null, CultureInfo.GetCultureInfo("de-DE")));
    }

    [Fact]
    public void TryFormat_with_an_empty_format_writes_the_clinical_text()
    {
        Span<char> buffer = stackalloc char[16];

        Assert.True(Percentage.From(89.2m).TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture));
        Assert.Equal("89.2 %", buffer[..written].ToString());
    }

    [Fact]
    public void An_explicit_format_the_type_converter_and_JSON_still_carry_the_underlying_number()
    {
        Percentage percentage = Percentage.From(89.2m);

        Assert.Equal("89.20", $"{percentage:F2}".Replace(',', '.'));
        Assert.Equal("89.2", TypeDescriptor.GetConverter(typeof(Percentage)).ConvertToInvariantString(percentage));
        Assert.Equal("89.2", JsonSerializer.Serialize(percentage));
    }
}
