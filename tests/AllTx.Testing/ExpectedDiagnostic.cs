using Microsoft.CodeAnalysis.Text;

namespace AllTx.Testing;

/// <summary>An expectation resolved against the parsed test sources: the file and span it must be reported at, if any.</summary>
internal sealed record ExpectedDiagnostic(DiagnosticResult Result, string? FilePath, TextSpan? Span);
