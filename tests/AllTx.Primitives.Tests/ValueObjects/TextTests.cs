using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace AllTx.Primitives.Tests.ValueObjects;

public sealed class TextTests
{
    [Fact]
    public void ToString_is_the_underlying_text()
    {
        Assert.Equal("NCT01234567", NctId.From("NCT01234567").ToString());
        Assert.Equal("12", HlaMatchScore.From(12).ToString());
        Assert.Equal("True", ConsentGiven.From(true).ToString());
        Assert.Equal("A", BloodGroupLetter.From('A').ToString());
    }

    [Fact]
    public void IFormattable_passes_format_and_culture_to_the_underlying_value()
    {
        BlastPercentage blasts = BlastPercentage.From(12.5m);

        Assert.Equal("12,50", blasts.ToString("F2", CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("12.50", $"{blasts:F2}".Replace(',', '.'));
        Assert.Equal("2024-05-01", SampleTakenAt.From(new DateTime(2024, 5, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ISpanFormattable_writes_into_a_buffer_and_reports_a_short_buffer()
    {
        Span<char> buffer = stackalloc char[16];

        Assert.True(CellCount.From(12345).TryFormat(buffer, out int written, "N0", CultureInfo.InvariantCulture));
        Assert.Equal("12,345", buffer[..written].ToString());
        Assert.False(CellCount.From(12345).TryFormat(buffer[..2], out _, "N0", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Sensitive_value_objects_are_redacted_in_every_text_form()
    {
        BirthDate birthDate = BirthDate.From(new DateOnly(1990, 4, 2));
        PatientName name = PatientName.From("Ada Lovelace");
        Span<char> buffer = stackalloc char[32];

        Assert.Equal("[REDACTED]", birthDate.ToString());
        Assert.Equal("[REDACTED]", birthDate.ToString("yyyy", CultureInfo.InvariantCulture));
        Assert.Equal("[REDACTED]", $"{birthDate}");
        Assert.True(birthDate.TryFormat(buffer, out int written, default, null));
        Assert.Equal("[REDACTED]", buffer[..written].ToString());
        Assert.Equal("[REDACTED]", name.ToString());
        Assert.Equal(new DateOnly(1990, 4, 2), birthDate.Value);
    }

    [Fact]
    public void Sensitive_values_do_not_appear_in_validation_errors()
    {
        var exception = Assert.Throws<ValueObjectValidationException>(() => BirthDate.From(new DateOnly(1850, 1, 1)));

        Assert.DoesNotContain("1850", exception.Message);
        Assert.Equal("[REDACTED] is not a valid BirthDate: must be in 1900 or later.", exception.Message);
    }

    [Fact]
    public void Debugger_display_shows_ToString_so_sensitive_values_stay_redacted()
    {
        DebuggerDisplayAttribute? display = typeof(BirthDate).GetCustomAttribute<DebuggerDisplayAttribute>();

        Assert.Equal("{ToString(),nq}", display?.Value);
        DebuggerBrowsableAttribute? valueBrowsable =
            typeof(BirthDate).GetProperty(nameof(BirthDate.Value))!.GetCustomAttribute<DebuggerBrowsableAttribute>();
        Assert.Equal(DebuggerBrowsableState.Never, valueBrowsable?.State);
    }
}
