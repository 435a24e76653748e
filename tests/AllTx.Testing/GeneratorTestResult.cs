using Microsoft.CodeAnalysis;

namespace AllTx.Testing;

/// <summary>What a generator produced for a test source, and the compilation that includes it.</summary>
public sealed class GeneratorTestResult
{
    internal GeneratorTestResult(IReadOnlyDictionary<string, string> generatedSources, Compilation outputCompilation)
    {
        GeneratedSources = generatedSources;
        OutputCompilation = outputCompilation;
    }

    /// <summary>The generated sources, by hint name (e.g. <c>MyNamespace.BlastPercentage.g.cs</c>).</summary>
    public IReadOnlyDictionary<string, string> GeneratedSources { get; }

    /// <summary>The test source compiled together with the generated sources.</summary>
    public Compilation OutputCompilation { get; }
}
