using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AllTx.Roslyn.Testing;

/// <summary>What a generator produced for a test source, and the compilation that includes it.</summary>
public sealed class GeneratorOutput
{
    private GeneratorOutput(IReadOnlyDictionary<string, string> generatedSources, Compilation compilation)
    {
        GeneratedSources = generatedSources;
        Compilation = compilation;
    }

    /// <summary>The generated sources by hint name (e.g. <c>Clinic.BlastPercentage.ValueObject.g.cs</c>).</summary>
    public IReadOnlyDictionary<string, string> GeneratedSources { get; }

    /// <summary>The test source compiled together with the generated sources.</summary>
    public Compilation Compilation { get; }

    // The library adds each generated tree as a document whose path ends in the hint name; test sources live in /0/.
    internal static GeneratorOutput From(Compilation compilation) => new(
        compilation.SyntaxTrees
            .Where(t => !t.FilePath.StartsWith("/0/", StringComparison.Ordinal))
            .ToImmutableDictionary(t => Path.GetFileName(t.FilePath), t => t.GetText().ToString(), StringComparer.Ordinal),
        compilation);
}
