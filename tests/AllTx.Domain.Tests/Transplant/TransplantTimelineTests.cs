using AllTx.Domain.Tests.Support;
using AllTx.Domain.Transplant;

namespace AllTx.Domain.Tests.Transplant;

public class TransplantTimelineTests
{
    private static readonly TransplantTimeline Timeline = TransplantTimeline.StartingOn(new DateOnly(2025, 3, 1));

    [Fact]
    public void Day_0_is_the_infusion_date()
    {
        Assert.Equal(TransplantDay.DayZero, Timeline.DayOf(new DateOnly(2025, 3, 1)));
        Assert.Equal(new DateOnly(2025, 3, 1), Timeline.DateOf(TransplantDay.DayZero));
    }

    [Fact]
    public void Days_before_and_after_convert_through_the_transplant()
    {
        Assert.Equal(TransplantDay.Of(60), Timeline.DayOf(new DateOnly(2025, 4, 30)));
        Assert.Equal(new DateOnly(2025, 2, 22), Timeline.DateOf(TransplantDay.Of(-7)));
        Assert.Equal(new DateOnly(2025, 4, 30), TransplantTimeline.StartingOn(new DateOnly(2025, 3, 1)).DateOf(TransplantDay.Parse("day +60")));
    }

    [Theory]
    [InlineData(60, "day +60")]
    [InlineData(0, "day 0")]
    [InlineData(-7, "day -7")]
    public void Days_are_written_as_clinicians_write_them(int offset, string text)
    {
        Assert.Equal(text, TransplantDay.Of(offset).ToString());
        Assert.Equal(TransplantDay.Of(offset), TransplantDay.Parse(text));
    }

    [Theory]
    [InlineData("D+100", 100)]
    [InlineData("+30", 30)]
    [InlineData("day −7", -7)]
    public void Parse_accepts_common_spellings(string text, int offset)
    {
        Assert.Equal(offset, TransplantDay.Parse(text).Offset);
    }

    [Fact]
    public void Days_round_trip_through_json_and_reject_other_text()
    {
        Assert.Equal(TransplantDay.Of(-7), Support.Json.RoundTrip(TransplantDay.Of(-7)));
        Assert.Equal(Timeline, Support.Json.RoundTrip(Timeline));
        Assert.Contains("must be written like \"day +60\"", Support.Json.Rejects<TransplantDay>("\"sixty\"").Message, StringComparison.Ordinal);
        Assert.Contains("DayZero", Support.Json.Rejects<TransplantTimeline>("{}").Message, StringComparison.Ordinal);
        Assert.True(TransplantDay.Of(-7) < TransplantDay.Of(60));
    }
}
