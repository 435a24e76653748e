using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace AllTx.Analyzers.Tests.VogenValueObjects;

/// <summary>
/// [Sensitive] on a Vogen value object whose formatting members are declared partial: every formatting path shows
/// [REDACTED] (Vogen would otherwise hoist the underlying value's ToString(format, provider) and TryFormat, which leak
/// through interpolation and string.Format even when ToString() is overridden). A non-sensitive type with its own
/// ToString() keeps that text on the same paths and formats the value only when asked with a format.
/// </summary>
public sealed class SensitiveFormattingTests
{
    private const string Source = """
        using System;
        using AllTx;
        using Vogen;

        namespace Clinic
        {
            [ValueObject<int>(debuggerAttributes: DebuggerAttributeGeneration.Basic)]
            [Sensitive]
            public readonly partial struct BirthYear : IFormattable, ISpanFormattable, IUtf8SpanFormattable
            {
                public override partial string ToString();

                public partial string ToString(IFormatProvider? provider);

                public partial string ToString(string? format);

                public partial string ToString(string? format, IFormatProvider? provider);

                public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

                public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);
            }

            [ValueObject<decimal>]
            public readonly partial struct Weight : IFormattable, ISpanFormattable, IUtf8SpanFormattable
            {
                public override string ToString() => IsInitialized() ? Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " kg" : "[UNINITIALIZED]";

                public partial string ToString(string? format, IFormatProvider? provider);

                public partial bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider);

                public partial bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider);
            }
        }
        """;

    private static readonly Lazy<ConsumerCompilation> Consumer = new(() => ConsumerCompilation.Build(Source));

    private static object BirthYear() => Consumer.Value.From("Clinic.BirthYear", 1987);

    private static object Weight() => Consumer.Value.From("Clinic.Weight", 70.5m);

    [Fact]
    public void ToString_and_its_overloads_are_redacted()
    {
        object date = BirthYear();
        Type type = date.GetType();

        Assert.Equal("[REDACTED]", date.ToString());
        Assert.Equal("[REDACTED]", type.GetMethod("ToString", [typeof(IFormatProvider)])!.Invoke(date, [CultureInfo.InvariantCulture]));
        Assert.Equal("[REDACTED]", type.GetMethod("ToString", [typeof(string)])!.Invoke(date, ["D6"]));
        Assert.Equal("[REDACTED]", ((IFormattable)date).ToString("D6", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Interpolation_and_string_Format_are_redacted_with_or_without_a_format()
    {
        object date = BirthYear();

        Assert.Equal("born [REDACTED]", $"born {date}");
        Assert.Equal("born [REDACTED]", $"born {date:D6}");
        Assert.Equal("born [REDACTED]", string.Format(CultureInfo.InvariantCulture, "born {0:D6}", date));
    }

    [Fact]
    public void Span_and_UTF8_formatting_are_redacted()
    {
        object date = BirthYear();
        Span<char> chars = stackalloc char[32];
        Span<byte> bytes = stackalloc byte[32];

        Assert.True(((ISpanFormattable)date).TryFormat(chars, out int charsWritten, "D6", CultureInfo.InvariantCulture));
        Assert.True(((IUtf8SpanFormattable)date).TryFormat(bytes, out int bytesWritten, "D6", CultureInfo.InvariantCulture));
        Assert.True(Utf8.TryWrite(bytes[bytesWritten..], CultureInfo.InvariantCulture, $"/{date}", out int interpolated));

        Assert.Equal("[REDACTED]", chars[..charsWritten].ToString());
        Assert.Equal("[REDACTED]/[REDACTED]", Encoding.UTF8.GetString(bytes[..(bytesWritten + interpolated)]));
        Assert.False(((ISpanFormattable)date).TryFormat(chars[..4], out _, default, null));
    }

    [Fact]
    public void The_debugger_shows_the_redacted_text_and_no_fields()
    {
        Type type = BirthYear().GetType();

        Assert.Equal("[REDACTED]", Assert.Single(type.GetCustomAttributes(typeof(DebuggerDisplayAttribute), false).Cast<DebuggerDisplayAttribute>()).Value);
        Assert.Equal(typeof(RedactedDebugView).AssemblyQualifiedName, Assert.Single(type.GetCustomAttributes(typeof(DebuggerTypeProxyAttribute), false).Cast<DebuggerTypeProxyAttribute>()).ProxyTypeName);
    }

    [Fact]
    public void A_non_sensitive_type_keeps_its_own_text_without_a_format_and_formats_the_value_with_one()
    {
        object weight = Weight();
        Span<char> chars = stackalloc char[16];

        Assert.Equal("weight 70.5 kg", string.Create(CultureInfo.InvariantCulture, $"weight {weight}"));
        Assert.Equal("weight 70.50", string.Create(CultureInfo.InvariantCulture, $"weight {weight:F2}"));
        Assert.True(((ISpanFormattable)weight).TryFormat(chars, out int written, default, CultureInfo.InvariantCulture));
        Assert.Equal("70.5 kg", chars[..written].ToString());
    }
}
