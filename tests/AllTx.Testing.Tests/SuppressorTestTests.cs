using AllTx.Testing.Tests.Fixtures;

namespace AllTx.Testing.Tests;

public class SuppressorTestTests
{
    private static SuppressorTest<UnusedIgnoredLocalSuppressor> Test(string code) => new() { TestCode = code };

    [Fact]
    public async Task Passes_when_exactly_the_marked_diagnostics_are_suppressed()
    {
        await Test("class C { void M() { int {|CS0168:ignored|}; int used = 1; _ = used; } }").RunAsync();
    }

    [Fact]
    public async Task Fails_when_a_marked_diagnostic_stays_unsuppressed()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(
            Test("class C { void M() { int {|CS0168:ignored|}; int {|CS0168:other|}; } }").RunAsync);

        Assert.Contains("Missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_when_the_suppressor_suppresses_an_unmarked_diagnostic()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(
            Test("class C { void M() { int {|CS0168:ignored|}; } void N() { int ignored; } }").RunAsync);

        Assert.Contains("Unexpected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_when_the_compiler_does_not_report_the_marked_diagnostic_at_all()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(
            Test("class C { void M() { int {|CS0168:ignored|} = 1; _ = ignored; } }").RunAsync);

        Assert.Contains("proves nothing", error.Message, StringComparison.Ordinal);
    }
}
