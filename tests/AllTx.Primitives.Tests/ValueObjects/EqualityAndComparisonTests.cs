namespace AllTx.Primitives.Tests.ValueObjects;

public sealed class EqualityAndComparisonTests
{
    [Fact]
    public void Equal_values_are_equal_with_equal_hash_codes()
    {
        BlastPercentage a = BlastPercentage.From(12.5m);
        BlastPercentage b = BlastPercentage.From(12.50m);

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, BlastPercentage.From(13m));
    }

    [Fact]
    public void Value_objects_compare_with_their_underlying_type()
    {
        Assert.True(HlaMatchScore.From(10) == 10);
        Assert.True(10 == HlaMatchScore.From(10));
        Assert.True(HlaMatchScore.From(10) != 9);
        Assert.True(NctId.From("NCT01234567") == "NCT01234567");
    }

    [Fact]
    public void Different_value_object_types_are_never_equal_as_objects()
    {
        Assert.False(HlaMatchScore.From(3).Equals((object)Nesting.NestedDay.From(3)));
    }

    [Fact]
    public void String_equality_is_ordinal()
    {
        Assert.NotEqual(WardCode.From("ab"), WardCode.From("AB"));
        Assert.Equal(WardCode.From("ab"), WardCode.From("ab"));
    }

    [Fact]
    public void Class_value_objects_handle_null()
    {
        PatientName name = PatientName.From("Ada");
        PatientName? none = null;

        Assert.False(name == none);
        Assert.True(none == null);
        Assert.False(name.Equals(none));
        Assert.True(name.CompareTo(none) > 0);
    }

    [Fact]
    public void Record_value_objects_use_value_equality()
    {
        Assert.Equal(WardCode.From("H7"), WardCode.From("H7"));
        Assert.True(AgeInYears.From(30) == AgeInYears.From(30));
        Assert.Equal(AgeInYears.From(30).GetHashCode(), AgeInYears.From(30).GetHashCode());
    }

    [Fact]
    public void Comparable_underlying_types_give_ordering_operators()
    {
        Assert.True(BlastPercentage.From(4m) < BlastPercentage.From(5m));
        Assert.True(BlastPercentage.From(5m) >= BlastPercentage.From(5m));
        Assert.True(MrdFraction.From(0.01) > MrdFraction.From(0.0001));
        Assert.True(PatientName.From("Ada") < PatientName.From("Bea"));
        Assert.True(TransplantAt.From(DateTimeOffset.UnixEpoch) <= TransplantAt.From(DateTimeOffset.UnixEpoch.AddDays(1)));
    }

    [Fact]
    public void Sorting_uses_the_underlying_values()
    {
        var sorted = new[] { 3, 1, 2 }.Select(HlaMatchScore.From).Order().Select(score => score.Value);

        Assert.Equal(new[] { 1, 2, 3 }, sorted);
    }

    [Fact]
    public void Non_generic_CompareTo_rejects_other_types()
    {
        IComparable score = HlaMatchScore.From(3);

        Assert.Throws<ArgumentException>(() => score.CompareTo(3));
        Assert.Equal(1, score.CompareTo(null));
    }
}
