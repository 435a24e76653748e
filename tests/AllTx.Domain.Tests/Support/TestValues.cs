namespace AllTx.Domain.Tests;

/// <summary>
/// Ways to reach run-time behaviour that the AllTx analyzers reject at build time (which is what customers get): these
/// tests pin what happens when such values arrive anyway, e.g. from deserialisation, generic code or reflection.
/// </summary>
internal static class TestValues
{
    /// <summary>Hides a constant from ATX3003, so that the run-time validation is what the test exercises.</summary>
    public static T AtRunTime<T>(T value) => value;

    /// <summary>An uninitialised value object, as generic code (<c>default(T)</c>) would make one.</summary>
    public static T Uninitialised<T>()
        where T : struct => default;
}
