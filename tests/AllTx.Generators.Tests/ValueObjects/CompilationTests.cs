using AllTx.Generators.ValueObjects;
using AllTx.Roslyn.Testing;

namespace AllTx.Generators.Tests.ValueObjects;

public sealed class CompilationTests
{
    [Theory]
    [InlineData("[ValueObject<int>] public partial struct V { }")]
    [InlineData("[ValueObject<int>] public readonly partial struct V { }")]
    [InlineData("[ValueObject<int>] public partial class V { }")]
    [InlineData("[ValueObject<int>] public partial record struct V;")]
    [InlineData("[ValueObject<int>] public readonly partial record struct V;")]
    [InlineData("[ValueObject<int>] public partial record class V;")]
    [InlineData("[ValueObject<int>] public sealed partial record V;")]
    [InlineData("[ValueObject<string>] public partial class V { }")]
    [InlineData("[ValueObject<string>] public partial record V;")]
    [InlineData("[ValueObject<long>, ValueRange(-5, 5)] public partial struct V { }")]
    [InlineData("[ValueObject<short>, ValueRange(-5, 5), Instance(\"Low\", -5)] public partial struct V { }")]
    [InlineData("[ValueObject<sbyte>, ValueRange(-5, 5)] public partial struct V { }")]
    [InlineData("[ValueObject<byte>, ValueRange(0, 5)] public partial struct V { }")]
    [InlineData("[ValueObject<ushort>, ValueRange(0, 5)] public partial struct V { }")]
    [InlineData("[ValueObject<uint>, ValueRange(0, 5)] public partial struct V { }")]
    [InlineData("[ValueObject<ulong>, ValueRange(0, 5)] public partial struct V { }")]
    [InlineData("[ValueObject<decimal>, ValueRange(0.001, 99.5, MaximumIsExclusive = true), Instance(\"Tiny\", 0.001)] public partial struct V { }")]
    [InlineData("[ValueObject<double>, ValueRange(-1.5, 1e10), Instance(\"One\", 1)] public partial struct V { }")]
    [InlineData("[ValueObject<float>, ValueRange(0, 2.5)] public partial struct V { }")]
    [InlineData("[ValueObject<bool>, Instance(\"Yes\", true)] public partial struct V { }")]
    [InlineData("[ValueObject<char>, Instance(\"A\", 'A')] public partial struct V { }")]
    [InlineData("[ValueObject<System.Guid>, NotEmpty, Instance(\"Known\", \"b6a4b0b5-1a63-4e8f-9a5e-7c2a1f0d9e11\")] public partial struct V { }")]
    [InlineData("[ValueObject<System.DateOnly>, Instance(\"Epoch\", \"1970-01-01\")] public partial struct V { }")]
    [InlineData("[ValueObject<System.TimeOnly>] public partial struct V { }")]
    [InlineData("[ValueObject<System.DateTime>] public partial struct V { }")]
    [InlineData("[ValueObject<System.DateTimeOffset>] public partial struct V { }")]
    [InlineData("[ValueObject<System.Uri>] public sealed partial class V { }")]
    [InlineData("[ValueObject<System.Collections.Generic.List<int>>] public partial struct V { }")]
    [InlineData("[ValueObject<System.IDisposable>] public partial class V { }")]
    [InlineData("[ValueObject<object>] public partial class V { }")]
    [InlineData("[ValueObject<int>(toPrimitiveCasting: CastOperator.Implicit, fromPrimitiveCasting: CastOperator.None)] public partial struct V { }")]
    [InlineData("[ValueObject<int>(CastOperator.None, CastOperator.Implicit)] public partial struct V { }")]
    [InlineData("public static partial class Outer { [ValueObject<int>] public partial struct V { } }")]
    [InlineData("public partial record Outer { public partial struct Inner { [ValueObject<int>] public partial struct V { } } }")]
    [InlineData("[ValueObject<int>] public partial struct V { public override string ToString() => \"custom\"; }")]
    [InlineData("[ValueObject<string>, ValueLength(1, 3), Sensitive] public partial struct V { private static string NormalizeInput(string s) => s.Trim(); }")]
    public Task Generated_code_compiles_without_warnings(string declaration) =>
        GeneratorVerifier<ValueObjectGenerator>.RunAsync("using AllTx;\n\nnamespace Clinic;\n\n" + declaration + "\n");

    [Fact]
    public Task Value_objects_in_the_global_namespace_compile() =>
        GeneratorVerifier<ValueObjectGenerator>.RunAsync("using AllTx;\n\n[ValueObject<int>]\npublic partial struct V { }\n");

    [Theory]
    [InlineData("[ValueObject<int>] public struct V { }")]
    [InlineData("public class Outer<T> { [ValueObject<int>] public partial struct V { } }")]
    [InlineData("public class Outer { [ValueObject<int>] public partial struct V { } }")]
    [InlineData("[ValueObject<V>] public partial class V { }")]
    [InlineData("[ValueObject<int>] public partial struct V<T> { }")]
    public Task Declarations_that_cannot_be_generated_produce_nothing_and_no_diagnostics(string declaration) =>
        GeneratorVerifier<ValueObjectGenerator>.VerifyGeneratesNothingAsync("using AllTx;\n\nnamespace Clinic;\n\n" + declaration + "\n");
}
