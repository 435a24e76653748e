using AllTx.Analyzers.ValueObjects;
using AllTx.Generators.ValueObjects.Rules;
using AllTx.Roslyn.Testing;

namespace AllTx.Analyzers.Tests.ValueObjects;

public sealed class UninitializedObjectTests
{
    private const string Declarations = """
        using AllTx;
        using Vogen;

        [ValueObject<decimal>]
        [ValueRange(0, 100)]
        public readonly partial struct BlastPercentage
        {
            private static partial Validation Validate(decimal value);
        }

        [ValueObject<string>]
        public sealed partial class TrialName { }
        """;

    [Fact]
    public Task GetUninitializedObject_is_flagged_and_Activator_is_left_to_Vogens_VOG025() => Run("""
        using System;
        using System.Runtime.CompilerServices;

        public class Uses
        {
            public object Activate(bool yes) => yes ? Activator.CreateInstance(typeof(string))! : "";

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
        var test = new AnalyzerVerifier<ValueObjectUninitializedObjectAnalyzer>.Test { TestCode = source };
        test.TestState.Sources.Add(Declarations);
        test.SourceGenerators.Add(typeof(RuleCheckGenerator));
        test.SourceGenerators.Add(TestReferences.VogenGenerator);
        return test.RunAsync();
    }
}
