using AllTx.Testing.Tests.Fixtures;

namespace AllTx.Testing.Tests;

public class GeneratorVerifierTests
{
    private const string Source = "namespace Demo { [Fixtures.Greet] public partial class Greeter { } }";

    private const string ExpectedGreeter = """
        namespace Demo
        {
            partial class Greeter
            {
                public static string Hello() => "Hello from Greeter";
            }
        }

        """;

    [Fact]
    public void Run_returns_the_generated_sources_by_hint_name_compiled_with_the_input()
    {
        var result = GeneratorVerifier<GreetingGenerator>.Run(Source);

        Assert.Equal(new[] { "GreetAttribute.g.cs", "Greeter.g.cs" }, result.GeneratedSources.Keys.Order(StringComparer.Ordinal));
        Assert.NotNull(result.OutputCompilation.GetTypeByMetadataName("Demo.Greeter")?.GetMembers("Hello").SingleOrDefault());
    }

    [Fact]
    public void Compares_a_generated_source_with_the_expected_text()
    {
        GeneratorVerifier<GreetingGenerator>.VerifyGeneratedSource(Source, "Greeter.g.cs", ExpectedGreeter);

        var error = Assert.Throws<VerificationException>(() =>
            GeneratorVerifier<GreetingGenerator>.VerifyGeneratedSource(Source, "Greeter.g.cs", ExpectedGreeter.Replace("Hello from", "Hi from", StringComparison.Ordinal)));
        Assert.Contains("First difference at line 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_for_an_unknown_hint_name_and_lists_the_real_ones()
    {
        var error = Assert.Throws<VerificationException>(() =>
            GeneratorVerifier<GreetingGenerator>.VerifyGeneratedSource(Source, "Nope.g.cs", ExpectedGreeter));

        Assert.Contains("Greeter.g.cs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_when_the_generated_code_does_not_compile()
    {
        var error = Assert.Throws<VerificationException>(() => GeneratorVerifier<BrokenOutputGenerator>.Run("class C { }"));

        Assert.Contains("CS0029", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_well_built_pipeline_passes_the_caching_assertion()
    {
        GeneratorVerifier<GreetingGenerator>.VerifyIncrementalCaching(Source);
    }

    [Fact]
    public void A_pipeline_holding_a_symbol_fails_the_caching_assertion()
    {
        var error = Assert.Throws<VerificationException>(() => GeneratorVerifier<SymbolHoldingGenerator>.VerifyIncrementalCaching(Source));

        Assert.Contains("step 'Symbols' holds value.Symbol", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipeline_rebuilt_from_the_compilation_fails_the_caching_assertion()
    {
        var error = Assert.Throws<VerificationException>(() => GeneratorVerifier<CompilationDependentGenerator>.VerifyIncrementalCaching(Source));

        Assert.Contains("step 'Combined': Modified", error.Message, StringComparison.Ordinal);
    }
}
