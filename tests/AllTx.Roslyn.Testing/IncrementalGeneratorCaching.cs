using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AllTx.Roslyn.Testing;

/// <summary>
/// What Microsoft.CodeAnalysis.Testing does not check: incremental caching. Runs a generator through
/// <see cref="CSharpGeneratorDriver"/> with step tracking on a compilation, again on its clone, and again after an
/// unrelated file is added: every step the generator names with <c>WithTrackingName</c> (and every source output) must be
/// Cached or Unchanged in the later runs, no step may hold an <see cref="ISymbol"/>, <see cref="SyntaxNode"/>,
/// <see cref="SemanticModel"/> or <see cref="Compilation"/>, and a fresh driver must generate the same text (determinism).
/// </summary>
public static class IncrementalGeneratorCaching
{
    // Roslyn's own steps inside ForAttributeWithMetadataName; they legitimately see the added file as new input.
    private const string RoslynInternalStepMarker = "_ForAttribute";

    // Roslyn's inputs (Microsoft.CodeAnalysis.WellKnownGeneratorInputs): they hold the compilation by design and change with
    // every edit; what matters is that the generator's own steps built on them stay cached.
    private static readonly HashSet<string> RoslynInputSteps = new(StringComparer.Ordinal)
    {
        "Compilation", "CompilationOptions", "ParseOptions", "AdditionalTexts", "AnalyzerConfigOptions", "MetadataReferences",
    };

    private const string UnrelatedSource = "namespace AllTx.Roslyn.Testing.Unrelated { internal static class UnrelatedType { internal const int Value = 42; } }";

    /// <summary>Verifies caching, pipeline values and determinism of <typeparamref name="TGenerator"/> on <paramref name="source"/>.</summary>
    public static void Verify<TGenerator>(string source, params Assembly[] additionalReferences)
        where TGenerator : IIncrementalGenerator, new()
    {
        var compilation = TestCompilation.Create(source, additionalReferences);
        GeneratorDriver driver = CreateDriver(new TGenerator());
        driver = driver.RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        AssertDeterministic(first, CreateDriver(new TGenerator()).RunGenerators(compilation).GetRunResult().Results.Single());
        var namedSteps = NamedSteps(first);
        if (namedSteps.Count == 0)
        {
            throw new InvalidOperationException(
                $"{typeof(TGenerator).Name} names no pipeline step; call WithTrackingName on its steps so caching can be verified.");
        }

        foreach (var (name, steps) in namedSteps)
        {
            foreach (var step in steps)
            {
                foreach (var (value, _) in step.Outputs)
                {
                    ForbiddenPipelineValueFinder.ThrowIfFound(value, $"step '{name}'");
                }
            }
        }

        driver = driver.RunGenerators((CSharpCompilation)compilation.Clone());
        AssertCached(driver.GetRunResult().Results.Single(), "a clone of the same compilation");

        var withUnrelatedFile = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(UnrelatedSource, TestCompilation.ParseOptions, path: "/0/Unrelated.cs"));
        driver = driver.RunGenerators(withUnrelatedFile);
        AssertCached(driver.GetRunResult().Results.Single(), "the compilation after adding an unrelated file");
    }

    private static GeneratorDriver CreateDriver(IIncrementalGenerator generator) =>
        CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            parseOptions: TestCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static void AssertDeterministic(GeneratorRunResult first, GeneratorRunResult second)
    {
        static IEnumerable<string> Texts(GeneratorRunResult run) =>
            run.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText);
        if (!Texts(first).SequenceEqual(Texts(second), StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"{first.Generator.GetGeneratorType().Name} is not deterministic: two fresh runs on the same input generated different sources.");
        }
    }

    private static Dictionary<string, IReadOnlyList<IncrementalGeneratorRunStep>> NamedSteps(GeneratorRunResult result) =>
        result.TrackedSteps
            .Where(p => !p.Key.Contains(RoslynInternalStepMarker, StringComparison.Ordinal) && !RoslynInputSteps.Contains(p.Key))
            .ToDictionary(p => p.Key, p => (IReadOnlyList<IncrementalGeneratorRunStep>)p.Value, StringComparer.Ordinal);

    private static void AssertCached(GeneratorRunResult result, string context)
    {
        var uncached = new List<string>();
        var steps = NamedSteps(result).Concat(
            result.TrackedOutputSteps.Select(p => new KeyValuePair<string, IReadOnlyList<IncrementalGeneratorRunStep>>("output " + p.Key, p.Value)));
        foreach (var (name, runs) in steps)
        {
            foreach (var run in runs)
            {
                foreach (var (value, reason) in run.Outputs)
                {
                    if (reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                    {
                        uncached.Add($"  step '{name}': {reason} ({value?.GetType().Name ?? "null"})");
                    }
                }
            }
        }

        if (uncached.Count > 0)
        {
            throw new InvalidOperationException(
                $"The generator's pipeline is not cached for {context}; every output must be Cached or Unchanged:\n" +
                string.Join("\n", uncached) + "\nPipeline models must be equatable (records, EquatableArray) and must not depend on the Compilation.");
        }
    }
}
