namespace AllTx.Testing;

/// <summary>Describes where two texts first differ, line by line, with both texts in full below.</summary>
internal static class TextDiff
{
    public static string Describe(string expected, string actual)
    {
        var expectedLines = expected.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var actualLines = actual.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        string At(string[] lines) => line < lines.Length ? lines[line] : "<end of text>";
        return $"First difference at line {line + 1}:\n  expected: {At(expectedLines)}\n  actual:   {At(actualLines)}\n" +
               $"--- expected\n{expected}\n--- actual\n{actual}";
    }
}
