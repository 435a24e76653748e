using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace AllTx.Testing;

/// <summary>
/// Compares expected with actual diagnostics by id, file, span, severity and message, and on a mismatch throws a report
/// that lists what is missing, what is unexpected, and the actual diagnostics as paste-able markup and expectations.
/// </summary>
internal static class DiagnosticMatcher
{
    public static void Verify(
        IReadOnlyList<ExpectedDiagnostic> expected,
        IReadOnlyList<Diagnostic> actual,
        IReadOnlyList<string> sources,
        string context)
    {
        var unmatched = actual.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var missing = new List<ExpectedDiagnostic>();
        var mismatched = new List<string>();

        // Located expectations first, so an unlocated one cannot take a diagnostic that a located one needs.
        foreach (var expectation in expected.OrderBy(e => e.Span is null))
        {
            var match = unmatched.FirstOrDefault(d => IsAt(d, expectation));
            if (match is null)
            {
                missing.Add(expectation);
                continue;
            }

            unmatched.Remove(match);
            var problem = DescribeMismatch(expectation.Result, match);
            if (problem is not null)
            {
                mismatched.Add($"  {Describe(match)}\n    expected {expectation.Result}: {problem}");
            }
        }

        if (missing.Count == 0 && unmatched.Count == 0 && mismatched.Count == 0)
        {
            return;
        }

        var report = new StringBuilder();
        report.Append("Diagnostics do not match (").Append(context).AppendLine(").");
        AppendSection(report, "Missing (expected, not reported):", missing.Select(m => "  " + m.Result + Where(m)));
        AppendSection(report, "Unexpected (reported, not expected):", unmatched.Select(d => "  " + Describe(d)));
        AppendSection(report, "Mismatched:", mismatched);
        report.AppendLine().AppendLine("Actual diagnostics as markup:");
        report.Append(DiagnosticMarkupRenderer.Render(sources, actual));
        report.AppendLine().AppendLine("Actual diagnostics as expectations:");
        foreach (var diagnostic in actual)
        {
            report.Append("  ").AppendLine(AsExpectation(diagnostic));
        }

        throw new VerificationException(report.ToString());
    }

    internal static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var where = diagnostic.Location.IsInSource
            ? string.Create(CultureInfo.InvariantCulture, $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1})")
            : "(no location)";
        return $"{where}: {diagnostic.Id} {diagnostic.Severity}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }

    internal static string AsExpectation(Diagnostic diagnostic)
    {
        var result = DiagnosticResult.Create(diagnostic.Id);
        if (diagnostic.Location.IsInSource)
        {
            var span = diagnostic.Location.GetLineSpan();
            result = result.WithSpan(
                span.StartLinePosition.Line + 1,
                span.StartLinePosition.Character + 1,
                span.EndLinePosition.Line + 1,
                span.EndLinePosition.Character + 1);
        }

        return result.WithSeverity(diagnostic.Severity).WithMessage(diagnostic.GetMessage(CultureInfo.InvariantCulture)).ToString();
    }

    private static bool IsAt(Diagnostic diagnostic, ExpectedDiagnostic expectation) =>
        diagnostic.Id == expectation.Result.Id &&
        (expectation.Span is null ||
         (diagnostic.Location.IsInSource &&
          diagnostic.Location.SourceTree!.FilePath == expectation.FilePath &&
          diagnostic.Location.SourceSpan == expectation.Span));

    private static string? DescribeMismatch(DiagnosticResult expected, Diagnostic actual)
    {
        if (expected.Severity is { } severity && severity != actual.Severity)
        {
            return $"severity {severity}, reported {actual.Severity}";
        }

        var message = actual.GetMessage(CultureInfo.InvariantCulture);
        if (expected.Message is { } expectedMessage && expectedMessage != message)
        {
            return $"message \"{expectedMessage}\", reported \"{message}\"";
        }

        if (expected.Arguments is { } arguments)
        {
            var format = actual.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
            var expectedText = string.Format(CultureInfo.InvariantCulture, format, arguments.ToArray());
            if (expectedText != message)
            {
                return $"arguments giving \"{expectedText}\", reported \"{message}\"";
            }
        }

        return null;
    }

    private static string Where(ExpectedDiagnostic expectation) =>
        expectation.Span is { } span ? $" at {expectation.FilePath}[{span.Start}..{span.End})" : " (anywhere)";

    private static void AppendSection(StringBuilder report, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        report.AppendLine(title);
        foreach (var line in list)
        {
            report.AppendLine(line);
        }
    }
}
