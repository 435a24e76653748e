using System.Text.Json;

namespace AllTx.Analyzers.Tests.VogenValueObjects;

/// <summary>Vogen value objects whose Validate body our generator supplies, compiled and run as a consumer's would be.</summary>
public sealed class RuleCheckRuntimeTests
{
    private const string Source = """
        using Vogen;

        [assembly: VogenDefaults(throws: typeof(AllTx.ValueObjectValidationException), deserializationStrictness: DeserializationStrictness.RunMyValidationMethod | DeserializationStrictness.DisallowNulls)]

        namespace Clinic
        {
            [ValueObject<decimal>]
            [AllTx.ValueRange(0, 1, MinimumIsExclusive = true)]
            [Instance("Threshold", 0.0001)]
            public readonly partial struct MrdFraction
            {
                private static partial Validation Validate(decimal value);
            }

            [ValueObject<string>]
            [AllTx.Sensitive]
            [AllTx.NotEmpty]
            [AllTx.ValueLength(1, 8)]
            public sealed partial class PatientCode
            {
                private static partial Validation Validate(string value);
            }

            [ValueObject<int>]
            [AllTx.ValueRange(0, 12)]
            public readonly partial struct MatchedAlleles
            {
                // Extra logic after the declarative rules: odd counts are refused here, for the test's sake.
                private static Validation Validate(int value)
                {
                    Validation rules = CheckDeclaredRules(value);
                    return rules != Validation.Ok ? rules : value % 2 == 0 ? Validation.Ok : AllTx.RuleViolation.Of<MatchedAlleles, int>(value, "must be even");
                }
            }

            public sealed record Assessment(MrdFraction Level);
        }
        """;

    private static readonly Lazy<ConsumerCompilation> Consumer = new(() => ConsumerCompilation.Build(Source));

    [Fact]
    public void A_valid_value_passes_the_generated_check()
    {
        object level = Consumer.Value.From("Clinic.MrdFraction", 0.5m);

        Assert.Equal("0.5", level.ToString());
    }

    [Theory]
    [InlineData(0, "'0' is not a valid MrdFraction: must be greater than 0 and at most 1.")]
    [InlineData(1.5, "'1.5' is not a valid MrdFraction: must be greater than 0 and at most 1.")]
    public void An_out_of_range_value_throws_the_structured_exception_naming_type_value_and_rule(double value, string message)
    {
        var rejected = Assert.Throws<ValueObjectValidationException>(() => Consumer.Value.From("Clinic.MrdFraction", (decimal)value));

        Assert.Equal(message, rejected.Message);
        Assert.Equal(Consumer.Value.Type("Clinic.MrdFraction"), rejected.ValueObjectType);
        Assert.Equal("'" + ((decimal)value).ToString(System.Globalization.CultureInfo.InvariantCulture) + "'", rejected.AttemptedValue);
        Assert.Equal("must be greater than 0 and at most 1", rejected.Rule);
    }

    [Fact]
    public void A_sensitive_value_is_redacted_in_the_rejection()
    {
        var rejected = Assert.Throws<ValueObjectValidationException>(() => Consumer.Value.From("Clinic.PatientCode", "P-1234567890"));

        Assert.Equal("[REDACTED] is not a valid PatientCode: must be 1 to 8 characters long.", rejected.Message);
        Assert.DoesNotContain("1234567890", rejected.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_declared_rule_runs_in_order()
    {
        var rejected = Assert.Throws<ValueObjectValidationException>(() => Consumer.Value.From("Clinic.PatientCode", "   "));

        Assert.Equal("must not be empty", rejected.Rule);
    }

    [Theory]
    [InlineData(14, "must be at least 0 and at most 12")]
    [InlineData(9, "must be even")]
    public void A_hand_written_Validate_runs_the_declarative_rules_first_then_its_own(int value, string rule)
    {
        var rejected = Assert.Throws<ValueObjectValidationException>(() => Consumer.Value.From("Clinic.MatchedAlleles", value));

        Assert.Equal(rule, rejected.Rule);
        Assert.Equal("10", Consumer.Value.From("Clinic.MatchedAlleles", 10).ToString());
    }

    [Theory]
    [InlineData("""{"Level":0.5}""", true)]
    [InlineData("""{"Level":2}""", false)]
    [InlineData("""{"Level":0}""", false)]
    public void Json_runs_the_rules_when_reading(string json, bool accepted)
    {
        Type assessment = Consumer.Value.Type("Clinic.Assessment");

        if (accepted)
        {
            Assert.NotNull(JsonSerializer.Deserialize(json, assessment));
        }
        else
        {
            var refused = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, assessment));
            Assert.IsType<ValueObjectValidationException>(refused.InnerException);
        }
    }
}
