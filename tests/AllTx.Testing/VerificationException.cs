namespace AllTx.Testing;

/// <summary>
/// Thrown when a verification fails: the message says what was expected, what happened, and shows the actual
/// diagnostics as markup that can be pasted into the test.
/// </summary>
public sealed class VerificationException : Exception
{
    /// <summary>Creates the exception with the full, human-readable failure report.</summary>
    public VerificationException(string message)
        : base(message)
    {
    }
}
