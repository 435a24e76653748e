using Verify = AllTx.Roslyn.Testing.AnalyzerVerifier<AllTx.Analyzers.Unions.DefaultOneOfAnalyzer>;

namespace AllTx.Analyzers.Tests.Unions;

public sealed class DefaultOneOfAnalyzerTests
{
    [Fact]
    public Task Flags_every_way_of_writing_a_default_OneOf() => Verify.VerifyAnalyzerAsync("""
        using AllTx;

        static class Results
        {
            static OneOf<decimal, string> Literal() => {|#0:default|};
            static OneOf<decimal, string> Typed() => {|#1:default(OneOf<decimal, string>)|};
            static OneOf<decimal, string> Created() => {|#2:new OneOf<decimal, string>()|};
            static OneOf<decimal, string> TargetTyped() => {|#3:new()|};
        }
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("default", "OneOf<decimal, string>"),
        Verify.Diagnostic().WithLocation(1).WithArguments("default(OneOf<decimal, string>)", "OneOf<decimal, string>"),
        Verify.Diagnostic().WithLocation(2).WithArguments("new OneOf<decimal, string>()", "OneOf<decimal, string>"),
        Verify.Diagnostic().WithLocation(3).WithArguments("new()", "OneOf<decimal, string>"));

    [Fact]
    public Task Accepts_OneOf_values_from_a_case_a_null_nullable_OneOf_and_other_defaults() => Verify.VerifyAnalyzerAsync("""
        using AllTx;

        static class Results
        {
            static OneOf<decimal, string> FromCase() => OneOf<decimal, string>.FromT1("pending");
            static OneOf<decimal, string> Converted() => 12.5m;
            static OneOf<decimal, string>? Missing() => default;
            static decimal Zero() => default;
        }
        """);
}
