using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Roslyn.Testing;

/// <summary>An .editorconfig for a test project.</summary>
public static class EditorConfig
{
    /// <summary>
    /// Adds <c>/.editorconfig</c> (root) with <paramref name="lines"/>; a <c>[*.cs]</c> section is opened for them unless
    /// they start with a section of their own.
    /// </summary>
    public static void Add(ProjectState state, string lines)
    {
        var text = lines.TrimStart().StartsWith('[')
            ? "root = true\n" + lines
            : "root = true\n\n[*.cs]\n" + lines + "\n";
        state.AnalyzerConfigFiles.Add(("/.editorconfig", text));
    }
}
