using AllTx.Analyzers.Unions;
using AllTx.CodeFixes.Unions;
using AllTx.Generators.Unions;
using AllTx.Roslyn.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AllTx.Analyzers.Tests.Unions;

public sealed class UnionDeclarationAnalyzerTests
{
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        AnalyzerVerifier<UnionDeclarationAnalyzer>.VerifyAnalyzerAsync(source, expected);

    private static Task VerifyFixAsync(string source, string fixedSource, CodeFixTestBehaviors behaviors = CodeFixTestBehaviors.None) =>
        new CodeFixVerifier<UnionDeclarationAnalyzer, AddUnionDeclarationModifiersCodeFix>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeFixTestBehaviors = behaviors,
        }.RunAsync();

    [Fact]
    public Task Accepts_complete_unions_with_their_generated_code_and_ignores_records_without_the_attribute()
    {
        var test = new AnalyzerVerifier<UnionDeclarationAnalyzer>.Test
        {
            TestCode = """
                using AllTx;

                public static partial class Outcomes
                {
                    [Union]
                    public abstract partial record MrdOutcome
                    {
                        public sealed partial record Positive(decimal Level) : MrdOutcome;
                        public sealed partial record PositiveNotQuantifiable : MrdOutcome;
                        public sealed partial record Negative(decimal Sensitivity) : MrdOutcome;
                    }
                }

                [Union]
                internal abstract partial record Eligibility
                {
                    internal sealed partial record Eligible : Eligibility;
                    public sealed partial record Ineligible(string Reason) : Eligibility;
                }

                public abstract record Shape
                {
                    public record Circle : Shape;
                }
                """,
        };
        test.SourceGenerators.Add(typeof(UnionGenerator));
        return test.RunAsync();
    }

    [Fact]
    public Task Flags_a_union_or_container_that_is_not_partial_and_makes_it_partial() => VerifyFixAsync("""
        using AllTx;

        [Union]
        public abstract record {|ATX9007:Relapse|}
        {
            public sealed partial record Cd19Positive : Relapse;
            public sealed partial record Cd19Negative : Relapse;
        }

        public static class {|ATX9007:Outcomes|}
        {
            [Union]
            public abstract partial record Response
            {
                public sealed partial record Complete : Response;
                public sealed partial record Partial : Response;
            }
        }
        """, """
        using AllTx;

        [Union]
        public abstract partial record Relapse
        {
            public sealed partial record Cd19Positive : Relapse;
            public sealed partial record Cd19Negative : Relapse;
        }

        public static partial class Outcomes
        {
            [Union]
            public abstract partial record Response
            {
                public sealed partial record Complete : Response;
                public sealed partial record Partial : Response;
            }
        }
        """,
        // The container is reported while its nested union is analysed: a non-local diagnostic to the library.
        CodeFixTestBehaviors.SkipLocalDiagnosticCheck);

    [Fact]
    public Task Flags_a_union_record_that_is_not_abstract_and_makes_it_abstract() => VerifyFixAsync("""
        using AllTx;

        [Union]
        public partial record {|ATX9008:Relapse|}
        {
            public sealed partial record Cd19Positive : Relapse;
        }
        """, """
        using AllTx;

        [Union]
        public abstract partial record Relapse
        {
            public sealed partial record Cd19Positive : Relapse;
        }
        """);

    [Fact]
    public Task Names_what_is_wrong_with_the_union_record() => VerifyAsync("""
        using AllTx;

        [Union]
        public partial record {|#0:Relapse|}
        {
            public sealed partial record Cd19Positive : Relapse;
        }
        """,
        Diagnostic("ATX9008", 0, "Relapse", "a record that is not abstract"));

    [Fact]
    public Task Flags_a_union_declared_as_a_class_without_offering_a_fix() => VerifyAsync("""
        using AllTx;

        [Union]
        public abstract partial class {|#0:Relapse|}
        {
            public sealed class Cd19Positive : Relapse { }
        }
        """,
        AnalyzerVerifier<UnionDeclarationAnalyzer>.Diagnostic("ATX9008").WithLocation(0).WithArguments("Relapse", "a class, not a record"));

    [Fact]
    public Task Flags_cases_that_are_not_sealed_partial_and_adds_the_missing_modifiers_in_order() => VerifyFixAsync("""
        using AllTx;

        public static partial class Triage
        {
            [Union]
            private abstract partial record Relapse
            {
                public record {|ATX9009:Cd19Positive|} : Relapse;
                partial record {|ATX9009:Cd19Negative|} : Relapse;
                sealed record {|ATX9009:LineageSwitch|} : Relapse;
                record {|ATX9009:Unclassified|} : Relapse;
            }
        }
        """, """
        using AllTx;

        public static partial class Triage
        {
            [Union]
            private abstract partial record Relapse
            {
                public sealed partial record Cd19Positive : Relapse;
                sealed partial record Cd19Negative : Relapse;
                sealed partial record LineageSwitch : Relapse;
                sealed partial record Unclassified : Relapse;
            }
        }
        """);

    [Fact]
    public Task Makes_an_abstract_case_partial_but_leaves_it_flagged_since_sealing_it_would_not_compile() => VerifyFixAsync("""
        using AllTx;

        [Union]
        public abstract partial record Relapse
        {
            public sealed partial record Cd19Positive : Relapse;
            public abstract record {|ATX9009:Other|} : Relapse;
        }
        """, """
        using AllTx;

        [Union]
        public abstract partial record Relapse
        {
            public sealed partial record Cd19Positive : Relapse;
            public abstract partial record {|ATX9009:Other|} : Relapse;
        }
        """);

    [Fact]
    public Task Names_what_a_case_lacks() => VerifyAsync("""
        using AllTx;

        [Union]
        public abstract partial record Relapse
        {
            public record {|#0:Cd19Positive|} : Relapse;
            public partial record {|#1:Cd19Negative|} : Relapse;
            public sealed record {|#2:LineageSwitch|} : Relapse;
        }
        """,
        Diagnostic("ATX9009", 0, "Cd19Positive", "Relapse", "neither sealed nor partial"),
        Diagnostic("ATX9009", 1, "Cd19Negative", "Relapse", "not sealed"),
        Diagnostic("ATX9009", 2, "LineageSwitch", "Relapse", "not partial"));

    [Fact]
    public Task Flags_a_union_without_cases() => VerifyAsync("""
        using AllTx;

        [Union]
        public abstract partial record {|#0:Relapse|}
        {
            public sealed record NotACase;
        }
        """,
        Diagnostic("ATX9010", 0, "Relapse"));

    [Fact]
    public Task Flags_a_generic_union_a_union_in_a_generic_type_and_a_generic_case() => VerifyAsync("""
        using AllTx;

        [Union]
        public abstract partial record {|#0:Result|}<T>
        {
            public sealed partial record Ok(T Value) : Result<T>;
        }

        public static partial class Registry<TPatient>
        {
            [Union]
            public abstract partial record {|#2:Enrolment|}
            {
                public sealed partial record Enrolled(TPatient Patient) : Enrolment;
            }
        }

        [Union]
        public abstract partial record Reading
        {
            public sealed partial record Numeric : Reading;
            public sealed partial record {|#1:Coded|}<TCode>(TCode Code) : Reading;
        }
        """,
        Diagnostic("ATX9011", 0, "Result"),
        Diagnostic("ATX9011", 1, "Coded"),
        Diagnostic("ATX9011", 2, "Enrolment"));

    [Fact]
    public Task Flags_a_case_less_accessible_than_its_union() => VerifyAsync("""
        using AllTx;

        [Union]
        public abstract partial record Relapse
        {
            public sealed partial record Cd19Positive : Relapse;
            internal sealed partial record {|#0:Cd19Negative|} : Relapse;
            private sealed partial record {|#1:LineageSwitch|} : Relapse;
        }
        """,
        Diagnostic("ATX9012", 0, "Cd19Negative", "Relapse"),
        Diagnostic("ATX9012", 1, "LineageSwitch", "Relapse"));

    private static DiagnosticResult Diagnostic(string id, int location, params object[] arguments) =>
        AnalyzerVerifier<UnionDeclarationAnalyzer>.Diagnostic(id).WithLocation(location).WithArguments(arguments);
}
