using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AllTx.Roslyn.Testing;

/// <summary>What <c>[|…|]</c> stands for in our tests.</summary>
internal static class TestMarkup
{
    /// <summary>
    /// The only supported diagnostic that <paramref name="disabled"/> leaves, so that a test of an analyzer with several
    /// diagnostics can disable the others (<c>DisabledDiagnostics</c>) and still write <c>[|…|]</c>; null (markup must then
    /// name the id, <c>{|ATX1001:…|}</c>) when there is not exactly one.
    /// </summary>
    public static DiagnosticDescriptor? DefaultDiagnostic(IEnumerable<DiagnosticAnalyzer> analyzers, ICollection<string> disabled)
    {
        var enabled = analyzers
            .SelectMany(a => a.SupportedDiagnostics)
            .Where(d => !disabled.Contains(d.Id))
            .DistinctBy(d => d.Id)
            .Take(2)
            .ToList();
        return enabled.Count == 1 ? enabled[0] : null;
    }
}
