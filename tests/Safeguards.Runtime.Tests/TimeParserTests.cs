namespace Safeguards.Runtime.Tests;

public class TimeParserTests
{
    [Theory]
    [InlineData("2009-01-08T14:30:00+06:00", "2009-01-08T08:30:00Z")]
    [InlineData("2009-01-08T14:30+06:00", "2009-01-08T08:30:00Z")]
    [InlineData("2009-01-08T08:30:00Z", "2009-01-08T08:30:00Z")]
    [InlineData("2009-01-08T08:30Z", "2009-01-08T08:30:00Z")]
    [InlineData("2009-01-08T03:30:00-05:00", "2009-01-08T08:30:00Z")]
    [InlineData("2009-01-08T08:30:00.5Z", "2009-01-08T08:30:00.5Z")]
    [InlineData("2009-01-08T08:30:00.1234567Z", "2009-01-08T08:30:00.1234567Z")]
    public void Instants_with_offset_are_exact(string text, string utc)
    {
        TimeParser.TryParse(text, T.Almaty, out var range, out var error).ShouldBeTrue(error);
        error.ShouldBeNull();
        range.IsExact.ShouldBeTrue();
        range.EarliestUtcTicks.ShouldBe(T.Ticks(utc));
    }

    [Fact]
    public void A_date_is_the_whole_local_day()
    {
        TimeParser.TryParse("2009-01-08", T.Almaty, out var range, out _).ShouldBeTrue();
        range.ShouldBe(new TimeRange(T.Ticks("2009-01-08T00:00:00+06:00"), T.LastTickOf("2009-01-08T23:59:59+06:00")));
        range.IsExact.ShouldBeFalse();
    }

    [Fact]
    public void A_month_is_the_whole_local_month()
    {
        TimeParser.TryParse("2009-02", T.Almaty, out var range, out _).ShouldBeTrue();
        range.ShouldBe(new TimeRange(T.Ticks("2009-02-01T00:00:00+06:00"), T.LastTickOf("2009-02-28T23:59:59+06:00")));
    }

    [Theory]
    [InlineData("2009-01-08T14:30:00", TimeParser.NoOffsetMessage)]
    [InlineData("2009-01-08T14:30", TimeParser.NoOffsetMessage)]
    [InlineData("2009-01-08T14:30:00.25", TimeParser.NoOffsetMessage)]
    [InlineData("2009-13", "the month is out of range (01-12)")]
    [InlineData("2009-02-29", "the day does not exist in that month")]
    [InlineData("2009-01-08T24:00:00Z", "the time of day is out of range (00:00:00-23:59:59)")]
    [InlineData("2009-01-08T14:30:00+0600", "expected an offset after the time: Z or +HH:MM / -HH:MM")]
    [InlineData("2009-01-08T14:30:00+15:00", "the offset is out of range (-14:00 to +14:00)")]
    [InlineData("2009-01-08T14:30:00.12345678Z", "the fraction of a second has more than 7 digits")]
    [InlineData("2009-01-08 14:30:00Z", TimeParser.ExpectedMessage)]
    [InlineData("8 January 2009", TimeParser.ExpectedMessage)]
    [InlineData("2009", TimeParser.ExpectedMessage)]
    [InlineData("", TimeParser.ExpectedMessage)]
    [InlineData("2009-1-8", TimeParser.ExpectedMessage)]
    public void Rejects_with_a_precise_message(string text, string message)
    {
        TimeParser.TryParse(text, T.Almaty, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldStartWith(message);
    }

    [Fact]
    public void Examples_in_messages_come_from_the_packs_zone()
    {
        // Issue #12: a pack in America/Los_Angeles was told to "write +06:00".
        var losAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        TimeParser.TryParse("2009-01-08T14:30:00", losAngeles, out _, out var error).ShouldBeFalse();
        error.ShouldBe("time has no offset; write it as 2009-01-08T14:30:00-08:00 or with Z for UTC");
        TimeParser.TryParse("8 January", losAngeles, out _, out error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("2009-01-08T14:30:00-08:00");
        error.ShouldNotContain("+06:00");
        TimeParser.TryParse("2009-01-08T14:30", T.Almaty, out _, out error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("+06:00");
        TimeParser.TryParse("2009-01-08T14:30", TimeZoneInfo.Utc, out _, out error).ShouldBeFalse();
        error.ShouldBe("time has no offset; write it as 2009-01-08T14:30:00Z");
    }

    [Fact]
    public void Messages_never_repeat_the_input()
    {
        TimeParser.TryParse("secret 2009-01-08", T.Almaty, out _, out var error).ShouldBeFalse();
        error!.ShouldNotContain("secret");
    }
}
