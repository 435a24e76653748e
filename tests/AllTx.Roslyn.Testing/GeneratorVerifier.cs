using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Roslyn.Testing;

/// <summary>
/// Verifies an incremental generator with Microsoft.CodeAnalysis.Testing's <see cref="CSharpSourceGeneratorTest{TSourceGenerator, TVerifier}"/>:
/// the generator reports no diagnostic, and the test source with the generated code compiles with no warning or error
/// (nullable enabled, as under TreatWarningsAsErrors). Caching is checked by <see cref="IncrementalGeneratorCaching"/>.
/// </summary>
public static class GeneratorVerifier<TGenerator>
    where TGenerator : IIncrementalGenerator, new()
{
    /// <summary>
    /// Verifies that the generator produces exactly one source, <paramref name="hintName"/>, with the text
    /// <paramref name="expectedSource"/>.
    /// </summary>
    public static Task VerifyGeneratedSourceAsync(string source, string hintName, string expectedSource)
    {
        var test = new Test { TestCode = source };
        test.TestState.GeneratedSources.Add((typeof(TGenerator), hintName, expectedSource));
        return test.RunAsync();
    }

    /// <summary>
    /// Verifies that the generator produces nothing and reports nothing (and does not throw) for <paramref name="source"/>,
    /// a declaration it cannot complete; whether the source itself compiles is not the point.
    /// </summary>
    public static Task VerifyGeneratesNothingAsync(string source) =>
        new Test { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None }.RunAsync();

    /// <summary>
    /// Runs the generator on <paramref name="source"/> (failing on a generator diagnostic or a warning in the compiled
    /// result) and returns what it generated, for tests that inspect the output rather than compare it whole.
    /// </summary>
    public static async Task<GeneratorOutput> RunAsync(string source, params Assembly[] additionalReferences)
    {
        var test = new Test { TestCode = source, TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck };
        test.TestState.AdditionalReferences.AddRange(additionalReferences.Select(a => MetadataReference.CreateFromFile(a.Location)));
        await test.RunAsync().ConfigureAwait(false);
        return GeneratorOutput.From(test.OutputCompilation ?? throw new InvalidOperationException("The test produced no compilation."));
    }

    /// <summary>The library's source-generator test with our references and options; compiler warnings fail it.</summary>
    public sealed class Test : CSharpSourceGeneratorTest<TGenerator, DefaultVerifier>
    {
        /// <summary>Configures the shared references and options, and makes compiler warnings count.</summary>
        public Test()
        {
            TestCompilation.Configure(this, comparesGeneratedSources: true);
            CompilerDiagnostics = CompilerDiagnostics.Warnings;
        }

        /// <summary>The test project's compilation including the generated sources, once the test ran.</summary>
        public Compilation? OutputCompilation { get; private set; }

        /// <inheritdoc />
        protected override async Task<(Compilation compilation, ImmutableArray<Diagnostic> generatorDiagnostics)> GetProjectCompilationAsync(
            Project project, IVerifier verifier, CancellationToken cancellationToken)
        {
            var result = await base.GetProjectCompilationAsync(project, verifier, cancellationToken).ConfigureAwait(false);
            OutputCompilation ??= result.compilation;
            return result;
        }
    }
}
