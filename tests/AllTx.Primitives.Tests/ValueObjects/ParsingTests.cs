using System.Globalization;

namespace AllTx.Primitives.Tests.ValueObjects;

public sealed class ParsingTests
{
    [Fact]
    public void Parse_uses_the_invariant_culture_by_default()
    {
        Assert.Equal(12.5m, BlastPercentage.Parse("12.5").Value);
        Assert.Equal(12.5m, BlastPercentage.Parse("12,5", CultureInfo.GetCultureInfo("de-DE")).Value);
    }

    [Fact]
    public void Parse_validates_the_parsed_value()
    {
        Assert.Throws<ValueObjectValidationException>(() => BlastPercentage.Parse("150"));
        Assert.Throws<FormatException>(() => BlastPercentage.Parse("many"));
    }

    [Theory]
    [InlineData("12", true)]
    [InlineData("13", false)]
    [InlineData("twelve", false)]
    [InlineData(null, false)]
    public void TryParse_returns_false_for_unparsable_or_invalid_text(string? text, bool expected) =>
        Assert.Equal(expected, HlaMatchScore.TryParse(text, out _));

    [Fact]
    public void Span_parsing_is_supported()
    {
        Assert.Equal(7, HlaMatchScore.Parse("7".AsSpan(), CultureInfo.InvariantCulture).Value);
        Assert.True(PatientId.TryParse("b6a4b0b5-1a63-4e8f-9a5e-7c2a1f0d9e11".AsSpan(), null, out PatientId id));
        Assert.Equal(Guid.Parse("b6a4b0b5-1a63-4e8f-9a5e-7c2a1f0d9e11"), id.Value);
        Assert.False(PatientId.TryParse(Guid.Empty.ToString().AsSpan(), null, out _));
    }

    [Fact]
    public void String_value_objects_parse_through_their_rules_and_normalisation()
    {
        Assert.Equal("NCT01234567", NctId.Parse(" nct01234567", null).Value);
        Assert.False(NctId.TryParse("NCT1", out _));
    }

    [Fact]
    public void Generic_parsing_code_accepts_value_objects()
    {
        Assert.Equal(DateOnly.Parse("2024-05-01", CultureInfo.InvariantCulture), ParseAny<BirthDate>("2024-05-01").Value);
        Assert.Equal(TimeSpan.FromMinutes(90), ParseAny<InfusionDuration>("01:30:00").Value);
        Assert.Equal('O', ParseAny<BloodGroupLetter>("O").Value);
        Assert.True(ParseAny<ConsentGiven>("true").Value);
        Assert.Equal(new TimeOnly(9, 15), ParseAny<InfusionStartTime>("09:15").Value);
        Assert.Equal(3, ParseAny<AgeInYears>("3").Value);
    }

    private static T ParseAny<T>(string text)
        where T : IParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);
}
