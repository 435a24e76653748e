using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Roslyn.Testing;

/// <summary>
/// The compiler settings of every test, as a consumer project on the SDK has them: latest C#, nullable enabled, XML
/// documentation parsed but not required, unsafe code allowed.
/// </summary>
public static class TestCompilation
{
    /// <summary>Latest C#, documentation comments parsed (not diagnosed).</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Parse);

    /// <summary>A library with nullable reference types enabled.</summary>
    public static CSharpCompilationOptions CompilationOptions { get; } = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        allowUnsafe: true);

    /// <summary>A compilation of <paramref name="source"/> (file <c>/0/Test0.cs</c>) for tests that drive Roslyn directly.</summary>
    public static CSharpCompilation Create(string source, params Assembly[] additionalReferences) =>
        CSharpCompilation.Create(
            "TestProject",
            new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: "/0/Test0.cs") },
            TestReferences.With(additionalReferences),
            CompilationOptions);

    /// <summary>
    /// Gives a Microsoft.CodeAnalysis.Testing test the shared references and settings. Every verifier's <c>Test</c> class
    /// calls this in its constructor; a test adds its own references with <c>TestState.AdditionalReferences.Add(assembly)</c>.
    /// </summary>
    /// <param name="test">The test to configure.</param>
    /// <param name="comparesGeneratedSources">
    /// False for analyzer and code-fix tests: generators they run (to complete the declarations under test) are verified by
    /// the generator tests, so their output is not compared with <c>TestState.GeneratedSources</c> there.
    /// </param>
    public static void Configure(AnalyzerTest<DefaultVerifier> test, bool comparesGeneratedSources)
    {
        if (!comparesGeneratedSources)
        {
            test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        test.ReferenceAssemblies = TestReferences.ReferenceAssemblies;
        test.TestState.AdditionalReferences.AddRange(TestReferences.Default);
        test.SolutionTransforms.Add(ApplyOptions);
    }

    // The specific diagnostic options the library sets (enabled rules, AD0001 as an error, DisabledDiagnostics) are kept.
    private static Solution ApplyOptions(Solution solution, ProjectId projectId)
    {
        var project = solution.GetProject(projectId)!;
        var compilationOptions = (CSharpCompilationOptions)project.CompilationOptions!;
        return solution
            .WithProjectParseOptions(projectId, ParseOptions)
            .WithProjectCompilationOptions(projectId, compilationOptions.WithNullableContextOptions(NullableContextOptions.Enable));
    }
}
