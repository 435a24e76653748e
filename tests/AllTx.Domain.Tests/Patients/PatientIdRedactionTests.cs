using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using AllTx.Domain.Patients;

namespace AllTx.Domain.Tests.Patients;

/// <summary>PatientId is [Sensitive]: no formatting path shows the identifier; Value and JSON still carry it.</summary>
public sealed class PatientIdRedactionTests
{
    private static readonly PatientId Id = PatientId.From("MRN-0042");

    [Fact]
    public void ToString_and_ToString_with_a_provider_are_redacted()
    {
        Assert.Equal("[REDACTED]", Id.ToString());
        Assert.Equal("[REDACTED]", Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("[REDACTED]", ((IConvertible)Id).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Interpolation_string_Format_and_UTF8_formatting_are_redacted()
    {
        Span<byte> bytes = stackalloc byte[32];

        Assert.Equal("patient [REDACTED]", $"patient {Id}");
        Assert.Equal("patient [REDACTED]", string.Format(CultureInfo.InvariantCulture, "patient {0}", Id));
        Assert.True(Utf8.TryWrite(bytes, CultureInfo.InvariantCulture, $"patient {Id}", out int written));
        Assert.Equal("patient [REDACTED]", Encoding.UTF8.GetString(bytes[..written]));
    }

    [Fact]
    public void The_debugger_display_and_a_rejection_are_redacted()
    {
        DebuggerDisplayAttribute display = Assert.Single(typeof(PatientId).GetCustomAttributes(typeof(DebuggerDisplayAttribute), false).Cast<DebuggerDisplayAttribute>());
        var rejected = Assert.Throws<ValueObjectValidationException>(() => PatientId.From("   "));

        Assert.Equal("[REDACTED]", display.Value);
        Assert.Equal("[REDACTED]", rejected.AttemptedValue);
        Assert.Equal(typeof(PatientId), rejected.ValueObjectType);
        Assert.Equal("must not be empty", rejected.Rule);
    }

    [Fact]
    public void Value_and_JSON_carry_the_real_identifier()
    {
        Assert.Equal("MRN-0042", Id.Value);
        Assert.Equal("\"MRN-0042\"", JsonSerializer.Serialize(Id));
        Assert.Equal(Id, JsonSerializer.Deserialize<PatientId>("\"MRN-0042\""));
    }
}
