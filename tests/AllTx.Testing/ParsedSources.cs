using AllTx.Testing.Markup;
using Microsoft.CodeAnalysis.Text;

namespace AllTx.Testing;

/// <summary>The test's sources with their markup removed, and the expectations that markup and the test declared.</summary>
internal sealed class ParsedSources
{
    private ParsedSources(IReadOnlyList<string> sources, IReadOnlyList<MarkupSpan> spans)
    {
        Sources = sources;
        Spans = spans;
    }

    /// <summary>Clean sources; index n is file <c>/0/Test{n}.cs</c>.</summary>
    public IReadOnlyList<string> Sources { get; }

    public IReadOnlyList<MarkupSpan> Spans { get; }

    public static ParsedSources Parse(IReadOnlyList<string> markups)
    {
        var sources = new List<string>();
        var spans = new List<MarkupSpan>();
        for (int i = 0; i < markups.Count; i++)
        {
            var (source, fileSpans) = MarkupParser.Parse(markups[i], TestWorkspace.FilePath(i));
            sources.Add(source);
            spans.AddRange(fileSpans);
        }

        return new ParsedSources(sources, spans);
    }

    /// <summary>
    /// The markup's expectations (<c>[|…|]</c> takes <paramref name="defaultId"/>) plus <paramref name="declared"/>, whose
    /// <c>WithLocation(n)</c> keys are resolved to their <c>{|#n:…|}</c> spans.
    /// </summary>
    public IReadOnlyList<ExpectedDiagnostic> Expectations(IEnumerable<DiagnosticResult> declared, Func<string> defaultId)
    {
        var result = new List<ExpectedDiagnostic>();
        foreach (var span in Spans.Where(s => s.LocationKey is null))
        {
            var id = span.DiagnosticId ?? defaultId();
            result.Add(new ExpectedDiagnostic(DiagnosticResult.Create(id), span.FilePath, span.Span));
        }

        foreach (var expectation in declared)
        {
            result.Add(Resolve(expectation));
        }

        return result;
    }

    private ExpectedDiagnostic Resolve(DiagnosticResult expectation)
    {
        if (expectation.LocationKey is { } key)
        {
            var marked = Spans.Where(s => s.LocationKey == key).ToList();
            if (marked.Count != 1)
            {
                throw new VerificationException(
                    $"{expectation} refers to markup {{|#{key}:…|}}, which appears {marked.Count} times in the test sources (must be once).");
            }

            return new ExpectedDiagnostic(expectation, marked[0].FilePath, marked[0].Span);
        }

        if (expectation.LineSpan is { } lines)
        {
            var path = expectation.FilePath ?? TestWorkspace.FilePath(0);
            int index = Enumerable.Range(0, Sources.Count).FirstOrDefault(i => TestWorkspace.FilePath(i) == path, -1);
            if (index < 0)
            {
                throw new VerificationException($"{expectation} names file {path}, which is not a test source.");
            }

            var text = SourceText.From(Sources[index]);
            var start = text.Lines.GetPosition(new LinePosition(lines.StartLine - 1, lines.StartColumn - 1));
            var end = text.Lines.GetPosition(new LinePosition(lines.EndLine - 1, lines.EndColumn - 1));
            return new ExpectedDiagnostic(expectation, path, TextSpan.FromBounds(start, end));
        }

        return new ExpectedDiagnostic(expectation, null, null);
    }
}
