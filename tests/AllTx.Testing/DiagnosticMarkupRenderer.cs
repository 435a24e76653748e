using System.Text;
using Microsoft.CodeAnalysis;

namespace AllTx.Testing;

/// <summary>Writes test sources back with each diagnostic wrapped as <c>{|ID:…|}</c>, ready to paste into a test.</summary>
internal static class DiagnosticMarkupRenderer
{
    public static string Render(IReadOnlyList<string> sources, IEnumerable<Diagnostic> diagnostics)
    {
        var byFile = diagnostics.Where(d => d.Location.IsInSource)
            .GroupBy(d => d.Location.SourceTree!.FilePath)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var output = new StringBuilder();
        for (int i = 0; i < sources.Count; i++)
        {
            var path = TestWorkspace.FilePath(i);
            output.Append("--- ").AppendLine(path);
            output.AppendLine(byFile.TryGetValue(path, out var inFile) ? Mark(sources[i], inFile) : sources[i]);
        }

        return output.ToString();
    }

    private static string Mark(string source, IReadOnlyList<Diagnostic> diagnostics)
    {
        // Openings and closings as insertion points; at one position closings go first, and an outer span opens before
        // (and closes after) an inner one.
        var inserts = new List<(int Position, int Order, string Text)>();
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            inserts.Add((span.Start, 1_000_000 - span.Length, "{|" + diagnostic.Id + ":"));
            inserts.Add((span.End, -1_000_000 + span.Length, "|}"));
        }

        var builder = new StringBuilder(source);
        foreach (var insert in inserts.OrderByDescending(x => x.Position).ThenByDescending(x => x.Order))
        {
            builder.Insert(Math.Min(insert.Position, builder.Length), insert.Text);
        }

        return builder.ToString();
    }
}
