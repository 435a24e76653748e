using AllTx.Generators.ValueObjects;
using AllTx.Roslyn.Testing;

namespace AllTx.Generators.Tests.ValueObjects;

public sealed class IncrementalCachingTests
{
    [Fact]
    public void Every_step_is_cached_and_holds_no_symbols_or_syntax() =>
        IncrementalGeneratorCaching.Verify<ValueObjectGenerator>("""
            using AllTx;

            namespace Clinic;

            [ValueObject<decimal>]
            [ValueRange(0, 100)]
            [Instance("Zero", 0)]
            public readonly partial struct BlastPercentage { }

            [ValueObject<string>]
            [ValuePattern(@"^NCT\d{8}$")]
            public sealed partial class NctId
            {
                private static string NormalizeInput(string input) => input.Trim();
            }
            """);
}
