namespace AllTx.Primitives.Tests.ValueObjects;

/// <summary>
/// Ways to reach run-time behaviour that the AllTx analyzers reject at build time (which is what customers get): these
/// tests pin what happens when such values arrive anyway, e.g. from deserialisation or reflection.
/// </summary>
internal static class TestValues
{
    /// <summary>Hides a constant from ATX3003, so that the run-time validation is what the test exercises.</summary>
    public static T AtRunTime<T>(T value) => value;

    /// <summary>An uninitialised value object, as reflection-based code (ATX3004) or a bug would make one.</summary>
    public static T Uninitialized<T>()
        where T : struct
    {
#pragma warning disable ATX3004 // Deliberate: the tests pin the behaviour of uninitialised instances.
        return Activator.CreateInstance<T>();
#pragma warning restore ATX3004
    }
}
