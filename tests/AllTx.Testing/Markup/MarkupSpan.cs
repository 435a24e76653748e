using Microsoft.CodeAnalysis.Text;

namespace AllTx.Testing.Markup;

/// <summary>
/// One marked span of test source: <c>[|…|]</c> (no id, no key), <c>{|ATX1001:…|}</c> (<see cref="DiagnosticId"/>) or
/// <c>{|#0:…|}</c> (<see cref="LocationKey"/>).
/// </summary>
public sealed record MarkupSpan(string FilePath, TextSpan Span, string? DiagnosticId, int? LocationKey);
