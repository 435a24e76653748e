using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace AllTx.Testing.Markup;

/// <summary>
/// Parses Microsoft.CodeAnalysis.Testing-style markup: <c>[|…|]</c>, <c>{|ID:…|}</c> and <c>{|#n:…|}</c>, nested freely.
/// Returns the source without markup and the spans in it.
/// </summary>
public static class MarkupParser
{
    /// <summary>Removes the markup from <paramref name="markup"/> and returns the clean source and its marked spans.</summary>
    /// <exception cref="VerificationException">The markup is unbalanced or a label is malformed.</exception>
    public static (string Source, IReadOnlyList<MarkupSpan> Spans) Parse(string markup, string filePath)
    {
        var output = new StringBuilder(markup.Length);
        var spans = new List<MarkupSpan>();
        var open = new Stack<(int Start, string? Label, int MarkupOffset)>();
        int i = 0;
        while (i < markup.Length)
        {
            if (StartsWith(markup, i, "[|"))
            {
                open.Push((output.Length, null, i));
                i += 2;
            }
            else if (StartsWith(markup, i, "{|"))
            {
                int colon = markup.IndexOf(':', i + 2);
                string label = colon < 0 ? string.Empty : markup.Substring(i + 2, colon - i - 2);
                if (colon < 0 || !IsLabel(label))
                {
                    throw new VerificationException(
                        $"{filePath}: markup '{{|' at offset {i} must be followed by an id or #n and ':' (e.g. {{|ATX1001:…|}} or {{|#0:…|}}).");
                }

                open.Push((output.Length, label, i));
                i = colon + 1;
            }
            else if (StartsWith(markup, i, "|]") || StartsWith(markup, i, "|}"))
            {
                bool square = markup[i + 1] == ']';
                if (open.Count == 0)
                {
                    throw new VerificationException($"{filePath}: markup close '{markup.Substring(i, 2)}' at offset {i} has no opening.");
                }

                var (start, label, markupOffset) = open.Pop();
                if (square != (label is null))
                {
                    throw new VerificationException(
                        $"{filePath}: markup opened at offset {markupOffset} is closed by '{markup.Substring(i, 2)}' at offset {i}; use [|…|] or {{|label:…|}}.");
                }

                spans.Add(ToSpan(filePath, TextSpan.FromBounds(start, output.Length), label));
                i += 2;
            }
            else
            {
                output.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new VerificationException($"{filePath}: markup opened at offset {open.Peek().MarkupOffset} is never closed.");
        }

        spans.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return (output.ToString(), spans);
    }

    private static MarkupSpan ToSpan(string filePath, TextSpan span, string? label)
    {
        if (label is not null && label.StartsWith('#'))
        {
            return new MarkupSpan(filePath, span, null, int.Parse(label.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture));
        }

        return new MarkupSpan(filePath, span, label, null);
    }

    private static bool IsLabel(string label) =>
        label.Length > 0 &&
        (label[0] == '#' ? label.Length > 1 && label.Skip(1).All(char.IsDigit) : label.All(char.IsLetterOrDigit));

    private static bool StartsWith(string text, int index, string token) =>
        string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
