using System.Globalization;
using Microsoft.CodeAnalysis;

namespace AllTx.Testing;

/// <summary>
/// An expected diagnostic: its id and, optionally, where it is (a markup key or an explicit span), its severity and its
/// message (as message-format arguments or as the whole text). Immutable; every <c>With…</c> returns a copy.
/// </summary>
public sealed class DiagnosticResult
{
    private DiagnosticResult(string id) => Id = id;

    /// <summary>The diagnostic id, e.g. <c>ATX1001</c> or <c>CS0103</c>.</summary>
    public string Id { get; }

    /// <summary>The key of a <c>{|#n:…|}</c> markup span that locates the diagnostic, if any.</summary>
    public int? LocationKey { get; private set; }

    /// <summary>An explicit 1-based line/column span, if any.</summary>
    public (int StartLine, int StartColumn, int EndLine, int EndColumn)? LineSpan { get; private set; }

    /// <summary>The file that holds <see cref="LineSpan"/>; the test's main file when null.</summary>
    public string? FilePath { get; private set; }

    /// <summary>The expected message-format arguments, if given.</summary>
    public IReadOnlyList<object>? Arguments { get; private set; }

    /// <summary>The expected severity, if given.</summary>
    public DiagnosticSeverity? Severity { get; private set; }

    /// <summary>The expected full message, if given.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether the expectation says where the diagnostic is.</summary>
    public bool HasLocation => LocationKey is not null || LineSpan is not null;

    /// <summary>An expectation for a diagnostic with <paramref name="id"/>.</summary>
    public static DiagnosticResult Create(string id) =>
        string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("A diagnostic id is required.", nameof(id)) : new DiagnosticResult(id);

    /// <summary>Locates the diagnostic at the <c>{|#key:…|}</c> markup span.</summary>
    public DiagnosticResult WithLocation(int markupKey) => Copy(r => r.LocationKey = markupKey);

    /// <summary>Locates the diagnostic at a 1-based line/column span of the main test file.</summary>
    public DiagnosticResult WithSpan(int startLine, int startColumn, int endLine, int endColumn) =>
        Copy(r => r.LineSpan = (startLine, startColumn, endLine, endColumn));

    /// <summary>Locates the diagnostic at a 1-based line/column span of the file <paramref name="filePath"/>.</summary>
    public DiagnosticResult WithSpan(string filePath, int startLine, int startColumn, int endLine, int endColumn) =>
        Copy(r =>
        {
            r.FilePath = filePath;
            r.LineSpan = (startLine, startColumn, endLine, endColumn);
        });

    /// <summary>Expects the message to be the descriptor's format with these arguments.</summary>
    public DiagnosticResult WithArguments(params object[] arguments) => Copy(r => r.Arguments = arguments);

    /// <summary>Expects this effective severity.</summary>
    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => Copy(r => r.Severity = severity);

    /// <summary>Expects exactly this message.</summary>
    public DiagnosticResult WithMessage(string message) => Copy(r => r.Message = message);

    /// <summary>The expectation as C# a test could contain.</summary>
    public override string ToString()
    {
        var text = $"Diagnostic(\"{Id}\")";
        if (LocationKey is { } key)
        {
            text += $".WithLocation({key})";
        }

        if (LineSpan is { } s)
        {
            text += string.Create(CultureInfo.InvariantCulture, $".WithSpan({s.StartLine}, {s.StartColumn}, {s.EndLine}, {s.EndColumn})");
        }

        if (Severity is { } severity)
        {
            text += $".WithSeverity(DiagnosticSeverity.{severity})";
        }

        if (Arguments is not null)
        {
            text += ".WithArguments(" + string.Join(", ", Arguments.Select(a => Quote(a))) + ")";
        }

        if (Message is not null)
        {
            text += $".WithMessage({Quote(Message)})";
        }

        return text;
    }

    internal static string Quote(object? value) => value switch
    {
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        null => "null",
        _ => value.ToString() ?? string.Empty,
    };

    private DiagnosticResult Copy(Action<DiagnosticResult> change)
    {
        var copy = new DiagnosticResult(Id)
        {
            LocationKey = LocationKey,
            LineSpan = LineSpan,
            FilePath = FilePath,
            Arguments = Arguments,
            Severity = Severity,
            Message = Message,
        };
        change(copy);
        return copy;
    }
}
