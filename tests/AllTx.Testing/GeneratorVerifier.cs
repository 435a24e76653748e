using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AllTx.Testing;

/// <summary>
/// Runs an incremental generator with <see cref="CSharpGeneratorDriver"/>: compares generated sources by hint name,
/// requires the output to compile with no warning or error (as under TreatWarningsAsErrors and Nullable=enable) and to be
/// deterministic, and asserts incremental caching.
/// </summary>
public static class GeneratorVerifier<TGenerator>
    where TGenerator : IIncrementalGenerator, new()
{
    /// <summary>
    /// Runs the generator on <paramref name="source"/>; fails on any generator diagnostic, any warning or error in the
    /// compiled result, or output that differs between two runs.
    /// </summary>
    public static GeneratorTestResult Run(string source, params Assembly[] additionalReferences)
    {
        var compilation = CreateCompilation(source, additionalReferences);
        var first = RunOnce(compilation);
        var second = RunOnce(compilation);
        if (!first.GeneratedSources.OrderBy(p => p.Key, StringComparer.Ordinal)
                .SequenceEqual(second.GeneratedSources.OrderBy(p => p.Key, StringComparer.Ordinal)))
        {
            throw new VerificationException($"{typeof(TGenerator).Name} is not deterministic: two runs on the same input produced different sources.");
        }

        var problems = first.OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed)
            .ToList();
        if (problems.Count > 0)
        {
            throw new VerificationException(
                "The test source with the generated code does not compile cleanly:\n" +
                string.Join("\n", problems.Select(p => "  " + DiagnosticMatcher.Describe(p))) + "\n\n" + Dump(first.GeneratedSources));
        }

        return first;
    }

    /// <summary>Runs the generator and compares the source with hint name <paramref name="hintName"/> to <paramref name="expectedSource"/>.</summary>
    public static void VerifyGeneratedSource(string source, string hintName, string expectedSource)
    {
        var result = Run(source);
        if (!result.GeneratedSources.TryGetValue(hintName, out var actual))
        {
            throw new VerificationException(
                $"No generated source has hint name '{hintName}'. Generated: {string.Join(", ", result.GeneratedSources.Keys)}");
        }

        if (Normalize(actual) != Normalize(expectedSource))
        {
            throw new VerificationException($"Generated source '{hintName}' differs.\n{TextDiff.Describe(expectedSource, actual)}");
        }
    }

    /// <summary>
    /// Runs the generator on a compilation, again on its clone, and again after an unrelated file is added: every step the
    /// generator names with <c>WithTrackingName</c> (and every source output) must be Cached or Unchanged in the later runs,
    /// and no step may hold an <see cref="ISymbol"/>, <see cref="SyntaxNode"/>, <see cref="SemanticModel"/> or
    /// <see cref="Compilation"/>.
    /// </summary>
    public static void VerifyIncrementalCaching(string source, params Assembly[] additionalReferences) =>
        IncrementalCachingAssertion.Verify(new TGenerator(), CreateCompilation(source, additionalReferences));

    internal static CSharpCompilation CreateCompilation(string source, IEnumerable<Assembly> additionalReferences) =>
        CSharpCompilation.Create(
            "GeneratorTest",
            new[] { CSharpSyntaxTree.ParseText(source, TestWorkspace.ParseOptions, path: TestWorkspace.FilePath(0)) },
            TestReferences.With(additionalReferences),
            TestWorkspace.CompilationOptions);

    private static GeneratorTestResult RunOnce(Compilation compilation)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new TGenerator().AsSourceGenerator() },
            parseOptions: TestWorkspace.ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        if (!diagnostics.IsEmpty)
        {
            throw new VerificationException(
                $"{typeof(TGenerator).Name} reported diagnostics; generators report none (analyzers do):\n" +
                string.Join("\n", diagnostics.Select(d => "  " + DiagnosticMatcher.Describe(d))));
        }

        var run = driver.GetRunResult().Results.Single();
        if (run.Exception is not null)
        {
            throw new VerificationException($"{typeof(TGenerator).Name} threw: {run.Exception}");
        }

        var sources = run.GeneratedSources.ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        return new GeneratorTestResult(sources, output);
    }

    private static string Dump(IReadOnlyDictionary<string, string> sources) =>
        string.Join("\n", sources.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"--- {p.Key}\n{p.Value}"));

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
