using AllTx.Analyzers.ValueObjects;
using AllTx.Generators.ValueObjects;
using AllTx.Roslyn.Testing;

namespace AllTx.Analyzers.Tests.ValueObjects;

public sealed class UninitializedCreationTests
{
    private const string Declarations = """
        using AllTx;

        [ValueObject<decimal>]
        [ValueRange(0, 100)]
        public readonly partial struct BlastPercentage { }

        [ValueObject<string>]
        public sealed partial class TrialName { }
        """;

    [Fact]
    public Task Default_of_a_struct_value_object_is_flagged_wherever_it_appears() => Run("""
        public class Uses
        {
            private BlastPercentage _field = {|ATX3001:default|};

            public BlastPercentage Literal() => {|ATX3001:default|};

            public BlastPercentage Explicit() => {|ATX3001:default(BlastPercentage)|};

            public void Optional(BlastPercentage blasts = {|ATX3001:default|}) { }

            public BlastPercentage Return()
            {
                return {|ATX3001:default|};
            }
        }
        """);

    [Fact]
    public Task New_of_a_value_object_is_flagged() => Run("""
        public class Uses
        {
            public BlastPercentage Struct() => {|ATX3002:new BlastPercentage()|};

            public BlastPercentage TargetTyped() => {|ATX3002:new()|};
        }
        """);

    [Fact]
    public Task Reflection_creation_without_validation_is_flagged() => Run("""
        using System;
        using System.Runtime.CompilerServices;

        public class Uses
        {
            public object Activate() => {|ATX3004:Activator.CreateInstance<BlastPercentage>()|};

            public object Activate(Type type) => Activator.CreateInstance(type)!;

            public object Uninitialized() => {|ATX3004:RuntimeHelpers.GetUninitializedObject(typeof(TrialName))|};
        }
        """);

    [Fact]
    public Task Nullable_value_objects_generic_defaults_and_other_types_are_fine() => Run("""
        using System.Collections.Generic;

        public class Uses
        {
            public BlastPercentage? Nothing() => default;

            public BlastPercentage? NothingExplicit() => default(BlastPercentage?);

            public T Generic<T>() => default!;

            public int Number() => default;

            public TrialName? Name() => default;

            public BlastPercentage Valid() => BlastPercentage.From(12m);

            public string Describe(int code) => code switch
            {
                1 => "one",
                _ => "other",
            };

            public List<BlastPercentage> Empty() => new();
        }
        """);

    private static Task Run(string source)
    {
        var test = new AnalyzerVerifier<ValueObjectUninitializedCreationAnalyzer>.Test { TestCode = source };
        test.TestState.Sources.Add(Declarations);
        test.SourceGenerators.Add(typeof(ValueObjectGenerator));
        return test.RunAsync();
    }
}
