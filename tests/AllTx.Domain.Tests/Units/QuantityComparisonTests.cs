using AllTx.Domain.Units;

namespace AllTx.Domain.Tests.Units;

/// <summary>The unit-aware comparison and arithmetic that ATX1004's code fix rewrites raw Amount comparisons into.</summary>
public class QuantityComparisonTests
{
    [Fact]
    public void Comparison_operators_convert_the_right_operand_to_the_left_unit()
    {
        Quantity oneMilligram = Quantity.Parse("1 mg");

        Assert.True(oneMilligram > Quantity.Parse("500 ug"));
        Assert.True(oneMilligram < Quantity.Parse("1001 ug"));
        Assert.True(oneMilligram >= Quantity.Parse("1000 ug"));
        Assert.True(oneMilligram <= Quantity.Parse("1000 ug"));
    }

    [Fact]
    public void The_unit_aware_comparison_gets_right_what_the_raw_amounts_get_wrong()
    {
        Quantity oneMilligram = Quantity.Parse("1 mg");
        Quantity micrograms = Quantity.Parse("999 ug");

        Assert.True(oneMilligram.Amount < micrograms.Amount);
        Assert.True(oneMilligram > micrograms);
    }

    [Fact]
    public void Comparing_incommensurable_quantities_or_a_missing_one_throws_instead_of_answering()
    {
        Quantity dose = Quantity.Parse("28 ug/d");

        Assert.Throws<IncommensurableUnitsException>(() => dose > Quantity.Parse("28 ug"));
        Assert.Throws<IncommensurableUnitsException>(() => Quantity.Parse("1.6 mg/dL") <= Quantity.Parse("141 umol/L"));
        Assert.Throws<ArgumentNullException>(() => dose < null!);
        Assert.Throws<ArgumentNullException>(() => null! >= dose);
        Assert.Equal(1, dose.CompareTo(null));
    }

    [Fact]
    public void Sums_and_differences_are_in_the_left_unit_and_refuse_incommensurable_units()
    {
        Assert.Equal(Quantity.Parse("1.5 mg"), Quantity.Parse("1 mg") + Quantity.Parse("500 ug"));
        Assert.Equal(Quantity.Parse("0.5 mg"), Quantity.Parse("1 mg") - Quantity.Parse("500 ug"));
        Assert.Throws<IncommensurableUnitsException>(() => Quantity.Parse("1 mg") + Quantity.Parse("1 mg/kg"));
        Assert.Throws<ArgumentNullException>(() => Quantity.Parse("1 mg") - null!);
    }

    [Fact]
    public void Equality_is_by_amount_and_unit_while_IsEquivalentTo_compares_the_magnitude()
    {
        Quantity milligram = Quantity.Parse("1 mg");
        Quantity micrograms = Quantity.Parse("1000 ug");

        Assert.NotEqual(milligram, micrograms);
        Assert.True(milligram.IsEquivalentTo(micrograms));
        Assert.Equal(0, milligram.CompareTo(micrograms));
        Assert.False(milligram.IsEquivalentTo(Quantity.Parse("1 mg/kg")));
        Assert.True(milligram.IsCommensurableWith(micrograms));
    }
}
