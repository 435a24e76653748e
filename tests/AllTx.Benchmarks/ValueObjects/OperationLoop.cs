namespace AllTx.Benchmarks.ValueObjects;

/// <summary>One measured operation on a pair of inputs (a static abstract member, so the loop calls it directly).</summary>
/// <typeparam name="T">The primitive input.</typeparam>
internal interface IOperation<T>
{
    static abstract int Apply(T left, T right);
}

/// <summary>
/// Runs an operation over every input paired with its mirror. Generic over a struct operation, so the JIT compiles one
/// loop per operation with the operation inlined: the value-object and hand-written variants run the same loop code.
/// </summary>
internal static class OperationLoop
{
    public static int Run<TOperation, T>(T[] inputs)
        where TOperation : struct, IOperation<T>
        where T : struct
    {
        int sum = 0;
        for (int i = 0, j = inputs.Length - 1; i < inputs.Length; i++, j--)
            sum += TOperation.Apply(inputs[i], inputs[j]);
        return sum;
    }

    // A loop generic over a reference type would be shared code that calls the operation through a runtime lookup
    // instead of inlining it; strings get a loop of their own.
    public static int Run<TOperation>(string[] inputs)
        where TOperation : struct, IOperation<string>
    {
        int sum = 0;
        for (int i = 0, j = inputs.Length - 1; i < inputs.Length; i++, j--)
            sum += TOperation.Apply(inputs[i], inputs[j]);
        return sum;
    }
}
