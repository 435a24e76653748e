using AllTx.Testing.Markup;

namespace AllTx.Testing.Tests;

public class MarkupParserTests
{
    [Fact]
    public void Removes_markup_and_reports_each_span_with_its_label()
    {
        var (source, spans) = MarkupParser.Parse("int [|a|] = {|ATX1001:b|} + {|#3:c|};", "/0/Test0.cs");

        Assert.Equal("int a = b + c;", source);
        Assert.Collection(
            spans,
            s => Assert.Equal((4, 5, null, (int?)null), (s.Span.Start, s.Span.End, s.DiagnosticId, s.LocationKey)),
            s => Assert.Equal((8, 9, "ATX1001", (int?)null), (s.Span.Start, s.Span.End, s.DiagnosticId, s.LocationKey)),
            s => Assert.Equal((12, 13, null, (int?)3), (s.Span.Start, s.Span.End, s.DiagnosticId, s.LocationKey)));
    }

    [Fact]
    public void Nested_spans_keep_their_own_bounds()
    {
        var (source, spans) = MarkupParser.Parse("{|#0:outer [|inner|] end|}", "/0/Test0.cs");

        Assert.Equal("outer inner end", source);
        Assert.Contains(spans, s => s.LocationKey == 0 && s.Span.Start == 0 && s.Span.End == 15);
        Assert.Contains(spans, s => s.LocationKey is null && s.Span.Start == 6 && s.Span.End == 11);
    }

    [Theory]
    [InlineData("int [|a = 1;", "never closed")]
    [InlineData("int a|] = 1;", "no opening")]
    [InlineData("int [|a|} = 1;", "closed by")]
    [InlineData("int {|a b:x|} = 1;", "must be followed by an id")]
    public void Malformed_markup_is_rejected_with_the_reason(string markup, string reason)
    {
        var error = Assert.Throws<VerificationException>(() => MarkupParser.Parse(markup, "/0/Test0.cs"));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
