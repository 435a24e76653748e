using System.Runtime.CompilerServices;

namespace AllTx.Analyzers.Safety
{
    /// <summary>The method option for analyzer code that runs for every member, parameter or local of a compilation.</summary>
    internal static class HotPath
    {
        // A build's csc runs analyzer code as unoptimised Tier0 code for its whole life: tiering up waits for a pause in
        // JIT activity that a compiler busy binding never gives. Methods marked with this are compiled optimised at once.
        // It is MethodImplOptions.AggressiveOptimization (512), which the netstandard2.0 enum does not name but the runtime
        // honours.
        internal const MethodImplOptions AggressiveOptimization = (MethodImplOptions)512;
    }
}
