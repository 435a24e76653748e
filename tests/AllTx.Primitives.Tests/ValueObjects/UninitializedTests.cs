namespace AllTx.Primitives.Tests.ValueObjects;

public sealed class UninitializedTests
{
    [Fact]
    public void Value_of_an_uninitialized_struct_throws_naming_the_type()
    {
        BlastPercentage uninitialized = TestValues.Uninitialized<BlastPercentage>();

        var exception = Assert.Throws<ValueObjectValidationException>(() => uninitialized.Value);

        Assert.Equal(typeof(BlastPercentage), exception.ValueObjectType);
        Assert.Contains("never initialised", exception.Message);
        Assert.False(uninitialized.IsInitialized());
        Assert.True(BlastPercentage.From(0m).IsInitialized());
    }

    [Fact]
    public void ToString_of_an_uninitialized_instance_is_marked()
    {
        Assert.Equal("[UNINITIALIZED]", TestValues.Uninitialized<BlastPercentage>().ToString());
        Assert.Equal("[UNINITIALIZED]", TestValues.Uninitialized<NctId>().ToString());
        Assert.Equal("[UNINITIALIZED]", TestValues.Uninitialized<BirthDate>().ToString());
    }

    [Fact]
    public void An_uninitialized_instance_never_equals_a_valid_one_holding_the_default_value()
    {
        BlastPercentage uninitialized = TestValues.Uninitialized<BlastPercentage>();
        BlastPercentage zero = BlastPercentage.From(0m);

        Assert.False(uninitialized.Equals(zero));
        Assert.False(uninitialized == zero);
        Assert.False(uninitialized == 0m);
        Assert.True(uninitialized != zero);
    }

    [Fact]
    public void Uninitialized_sorts_before_every_value()
    {
        BlastPercentage uninitialized = TestValues.Uninitialized<BlastPercentage>();

        Assert.True(uninitialized < BlastPercentage.From(0m));
        Assert.Equal(0, uninitialized.CompareTo(TestValues.Uninitialized<BlastPercentage>()));
    }
}
