using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using AllTx.Generators.ValueObjects;
using AllTx.Roslyn.Testing;

namespace AllTx.Generators.Tests.ValueObjects;

/// <summary>
/// A declaration that writes its own ToString() must print the same text through interpolation, string.Format,
/// IFormattable with no format and ISpanFormattable with an empty format; explicit formats still reach the value.
/// </summary>
public sealed class UserToStringTests
{
    private const string Declarations = """
        using AllTx;

        namespace Clinic;

        [ValueObject<decimal>]
        public readonly partial struct Fraction
        {
            public override string ToString() => Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " %";
        }

        [ValueObject<int>]
        [Sensitive]
        public readonly partial struct SecretDay
        {
            public override string ToString() => "day " + Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public static class Probe
        {
            public static string Interpolated(Fraction value) => $"{value}";

            public static string Formatted(Fraction value) => string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", value);

            public static string InterpolatedSecret(SecretDay value) => $"{value}";
        }
        """;

    private static readonly Lazy<Task<Assembly>> Compiled = new(CompileAsync);

    [Fact]
    public async Task Interpolation_and_string_Format_print_the_declarations_own_ToString()
    {
        object fraction = await FromAsync("Fraction", 89.2m);

        Assert.Equal("89.2 %", fraction.ToString());
        Assert.Equal("89.2 %", await ProbeAsync("Interpolated", fraction));
        Assert.Equal("89.2 %", await ProbeAsync("Formatted", fraction));
    }

    [Fact]
    public async Task IFormattable_without_a_format_is_the_declarations_ToString_and_with_a_format_formats_the_value()
    {
        var fraction = (IFormattable)await FromAsync("Fraction", 89.2m);

        Assert.Equal("89.2 %", fraction.ToString(null, CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("89.2 %", fraction.ToString(string.Empty, CultureInfo.InvariantCulture));
        Assert.Equal("89,20", fraction.ToString("F2", CultureInfo.GetCultureInfo("de-DE")));
    }

    [Fact]
    public async Task TryFormat_with_an_empty_format_writes_the_declarations_ToString_and_reports_a_short_buffer()
    {
        var fraction = (ISpanFormattable)await FromAsync("Fraction", 89.2m);
        Span<char> buffer = stackalloc char[16];

        Assert.True(fraction.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture));
        Assert.Equal("89.2 %", buffer[..written].ToString());
        Assert.True(fraction.TryFormat(buffer, out written, "F1", CultureInfo.InvariantCulture));
        Assert.Equal("89.2", buffer[..written].ToString());
        Assert.False(fraction.TryFormat(buffer[..3], out written, default, CultureInfo.InvariantCulture));
        Assert.Equal(0, written);
    }

    [Fact]
    public async Task Sensitive_value_objects_stay_redacted_in_interpolation_even_with_their_own_ToString()
    {
        object secret = await FromAsync("SecretDay", 8);

        Assert.Equal("[REDACTED]", await ProbeAsync("InterpolatedSecret", secret));
        Assert.Equal("[REDACTED]", ((IFormattable)secret).ToString(null, CultureInfo.InvariantCulture));
    }

    private static async Task<object> FromAsync(string typeName, object value) =>
        (await Compiled.Value).GetType("Clinic." + typeName, throwOnError: true)!
            .GetMethod("From", BindingFlags.Public | BindingFlags.Static)!
            .Invoke(null, new[] { value })!;

    private static async Task<string> ProbeAsync(string method, object argument) =>
        (string)(await Compiled.Value).GetType("Clinic.Probe", throwOnError: true)!.GetMethod(method)!.Invoke(null, new[] { argument })!;

    private static async Task<Assembly> CompileAsync()
    {
        GeneratorOutput result = await GeneratorVerifier<ValueObjectGenerator>.RunAsync(Declarations);
        using var image = new MemoryStream();
        var emitted = result.Compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext("UserToStringTests", isCollectible: true).LoadFromStream(image);
    }
}
