namespace Safeguards.Runtime.Tests;

public class LegalCalendarTests
{
    private static readonly LegalCalendar Almaty = new(T.Almaty, MonthRounding.None);
    private static readonly LegalCalendar Berlin = new(T.Berlin, MonthRounding.None);

    [Fact]
    public void Hours_are_exact()
    {
        Almaty.LatestPermittedAfter(T.Ticks("2009-01-08T14:30:00+06:00"), LegalDuration.Hours(3))
            .ShouldBe(T.Ticks("2009-01-08T17:30:00+06:00"));
        Almaty.LatestPermittedAfter(T.Ticks("2009-01-08T22:50:00+06:00"), LegalDuration.Minutes(20))
            .ShouldBe(T.Ticks("2009-01-08T23:10:00+06:00"));
        Almaty.LatestPermittedAfter(T.Ticks("2009-01-08T14:30:00+06:00"), LegalDuration.Hours(72))
            .ShouldBe(T.Ticks("2009-01-11T14:30:00+06:00"));
    }

    [Fact]
    public void Days_do_not_count_the_day_of_the_anchor_and_end_at_the_end_of_the_last_day()
    {
        // design.md: within 3 days after an event on 8 January at 15:00 ends at the end of 11 January.
        Almaty.LatestPermittedAfter(T.Ticks("2009-01-08T15:00:00+06:00"), LegalDuration.Days(3))
            .ShouldBe(T.LastTickOf("2009-01-11T23:59:59+06:00"));

        // The local date decides, not the UTC date: 01:00 local on 9 January is still 8 January in UTC.
        Almaty.LatestPermittedAfter(T.Ticks("2009-01-09T01:00:00+06:00"), LegalDuration.Days(1))
            .ShouldBe(T.LastTickOf("2009-01-10T23:59:59+06:00"));

        Almaty.LatestPermittedAfter(T.Ticks("2009-01-08T00:00:00+06:00"), LegalDuration.Weeks(1))
            .ShouldBe(T.LastTickOf("2009-01-15T23:59:59+06:00"));
    }

    [Fact]
    public void Immediately_means_the_end_of_the_same_local_day()
    {
        Almaty.EndOfLocalDay(T.Ticks("2009-01-08T23:59:00+06:00")).ShouldBe(T.LastTickOf("2009-01-08T23:59:59+06:00"));
        Almaty.EndOfLocalDay(T.Ticks("2009-01-08T00:00:00+06:00")).ShouldBe(T.LastTickOf("2009-01-08T23:59:59+06:00"));
        Almaty.EndOfLocalDay(T.LastTickOf("2009-01-08T23:59:59+06:00")).ShouldBe(T.LastTickOf("2009-01-08T23:59:59+06:00"));
    }

    [Theory]
    [InlineData(MonthRounding.Down, "2009-01-31T10:00:00+06:00", "2009-02-28T23:59:59+06:00")]
    [InlineData(MonthRounding.Up, "2009-01-31T10:00:00+06:00", "2009-03-01T23:59:59+06:00")]
    [InlineData(MonthRounding.Down, "2012-01-31T10:00:00+06:00", "2012-02-29T23:59:59+06:00")] // leap year
    [InlineData(MonthRounding.Up, "2012-01-31T10:00:00+06:00", "2012-03-01T23:59:59+06:00")]
    [InlineData(MonthRounding.Up, "2012-01-29T10:00:00+06:00", "2012-02-29T23:59:59+06:00")] // 29 Feb exists in 2012
    [InlineData(MonthRounding.Down, "2009-01-15T10:00:00+06:00", "2009-02-15T23:59:59+06:00")] // no rounding needed
    [InlineData(MonthRounding.Down, "2009-12-31T10:00:00+06:00", "2010-01-31T23:59:59+06:00")] // across the year
    public void One_month_keeps_the_day_and_rounds_missing_days(MonthRounding rounding, string anchor, string lastSecond)
    {
        var calendar = new LegalCalendar(T.Almaty, rounding);
        calendar.LatestPermittedAfter(T.Ticks(anchor), LegalDuration.Months(1)).ShouldBe(T.LastTickOf(lastSecond));
    }

    [Fact]
    public void Several_months_and_leap_day_anchors()
    {
        var down = new LegalCalendar(T.Almaty, MonthRounding.Down);
        var up = new LegalCalendar(T.Almaty, MonthRounding.Up);
        down.LatestPermittedAfter(T.Ticks("2011-08-31T10:00:00+06:00"), LegalDuration.Months(6)).ShouldBe(T.LastTickOf("2012-02-29T23:59:59+06:00"));
        down.LatestPermittedAfter(T.Ticks("2012-02-29T10:00:00+06:00"), LegalDuration.Months(12)).ShouldBe(T.LastTickOf("2013-02-28T23:59:59+06:00"));
        up.LatestPermittedAfter(T.Ticks("2012-02-29T10:00:00+06:00"), LegalDuration.Months(12)).ShouldBe(T.LastTickOf("2013-03-01T23:59:59+06:00"));
    }

    [Fact]
    public void Months_without_a_rounding_rule_fail_only_when_the_day_is_missing()
    {
        Almaty.LatestPermittedAfter(T.Ticks("2009-01-15T10:00:00+06:00"), LegalDuration.Months(1)).ShouldBe(T.LastTickOf("2009-02-15T23:59:59+06:00"));
        Should.Throw<InvalidOperationException>(() => Almaty.LatestPermittedAfter(T.Ticks("2009-01-31T10:00:00+06:00"), LegalDuration.Months(1)));
    }

    [Fact]
    public void No_later_than_before_counts_back()
    {
        var down = new LegalCalendar(T.Almaty, MonthRounding.Down);
        var hearing = T.Ticks("2009-01-10T10:00:00+06:00");
        down.LatestPermittedBefore(hearing, LegalDuration.Hours(12)).ShouldBe(T.Ticks("2009-01-09T22:00:00+06:00"));
        down.LatestPermittedBefore(hearing, LegalDuration.Days(1)).ShouldBe(T.LastTickOf("2009-01-09T23:59:59+06:00"));
        down.LatestPermittedBefore(hearing, LegalDuration.Weeks(1)).ShouldBe(T.LastTickOf("2009-01-03T23:59:59+06:00"));
        down.LatestPermittedBefore(T.Ticks("2009-03-31T10:00:00+06:00"), LegalDuration.Months(1)).ShouldBe(T.LastTickOf("2009-02-28T23:59:59+06:00"));
    }

    [Fact]
    public void One_day_across_the_spring_transition_in_Berlin()
    {
        // 31 March 2024 has 23 hours in Berlin; the period still ends at local midnight (CEST, +02:00).
        Berlin.LatestPermittedAfter(T.Ticks("2024-03-30T12:00:00+01:00"), LegalDuration.Days(1))
            .ShouldBe(T.LastTickOf("2024-03-31T23:59:59+02:00"));
        Berlin.LatestPermittedAfter(T.Ticks("2024-03-31T01:30:00+01:00"), LegalDuration.Days(1))
            .ShouldBe(T.LastTickOf("2024-04-01T23:59:59+02:00"));
    }

    [Fact]
    public void One_day_across_the_autumn_transition_in_Berlin()
    {
        // 27 October 2024 has 25 hours in Berlin; the period ends at local midnight (CET, +01:00).
        Berlin.LatestPermittedAfter(T.Ticks("2024-10-26T12:00:00+02:00"), LegalDuration.Days(1))
            .ShouldBe(T.LastTickOf("2024-10-27T23:59:59+01:00"));
        var day = Berlin.DateRange(new DateOnly(2024, 10, 27));
        (day.LatestUtcTicks - day.EarliestUtcTicks + 1).ShouldBe(TimeSpan.FromHours(25).Ticks);
        var spring = Berlin.DateRange(new DateOnly(2024, 3, 31));
        (spring.LatestUtcTicks - spring.EarliestUtcTicks + 1).ShouldBe(TimeSpan.FromHours(23).Ticks);
    }

    [Fact]
    public void Hours_across_a_transition_stay_exact()
    {
        // 01:30 CET (00:30 UTC) + 3 hours is 03:30 UTC, which Berlin shows as 05:30 CEST: three real hours, not wall-clock hours.
        Berlin.LatestPermittedAfter(T.Ticks("2024-03-31T01:30:00+01:00"), LegalDuration.Hours(3))
            .ShouldBe(T.Ticks("2024-03-31T05:30:00+02:00"));
        Berlin.LatestPermittedAfter(T.Ticks("2024-10-27T01:30:00+02:00"), LegalDuration.Hours(3))
            .ShouldBe(T.Ticks("2024-10-27T03:30:00+01:00"));
    }

    [Fact]
    public void A_day_that_starts_in_a_gap_starts_at_the_transition()
    {
        // Santiago skips from 00:00 to 01:00 on 8 September 2024: the day begins at 01:00 -03:00.
        var santiago = new LegalCalendar(TimeZoneInfo.FindSystemTimeZoneById("America/Santiago"), MonthRounding.None);
        var day = santiago.DateRange(new DateOnly(2024, 9, 8));
        day.EarliestUtcTicks.ShouldBe(T.Ticks("2024-09-08T01:00:00-03:00"));
        day.LatestUtcTicks.ShouldBe(T.LastTickOf("2024-09-08T23:59:59-03:00"));
        santiago.DateRange(new DateOnly(2024, 9, 7)).LatestUtcTicks.ShouldBe(day.EarliestUtcTicks - 1);
    }

    [Fact]
    public void A_day_whose_last_hour_repeats_ends_at_the_later_instant()
    {
        // Santiago turns clocks back from 00:00 to 23:00 on 6 April 2024: 23:00-24:00 happens twice,
        // and the day ends after the second time (-04:00).
        var santiago = new LegalCalendar(TimeZoneInfo.FindSystemTimeZoneById("America/Santiago"), MonthRounding.None);
        santiago.EndOfLocalDay(T.Ticks("2024-04-06T12:00:00-03:00")).ShouldBe(T.LastTickOf("2024-04-06T23:59:59-04:00"));
        santiago.DateRange(new DateOnly(2024, 4, 7)).EarliestUtcTicks.ShouldBe(T.Ticks("2024-04-07T00:00:00-04:00"));
    }

    [Fact]
    public void Date_and_month_ranges_cover_whole_local_days()
    {
        Almaty.DateRange(new DateOnly(2009, 1, 8)).ShouldBe(new TimeRange(T.Ticks("2009-01-08T00:00:00+06:00"), T.LastTickOf("2009-01-08T23:59:59+06:00")));
        Almaty.MonthRange(2009, 2).ShouldBe(new TimeRange(T.Ticks("2009-02-01T00:00:00+06:00"), T.LastTickOf("2009-02-28T23:59:59+06:00")));
        Almaty.MonthRange(2012, 2).LatestUtcTicks.ShouldBe(T.LastTickOf("2012-02-29T23:59:59+06:00"));
        Berlin.MonthRange(2024, 3).ShouldBe(new TimeRange(T.Ticks("2024-03-01T00:00:00+01:00"), T.LastTickOf("2024-03-31T23:59:59+02:00")));
    }

    [Fact]
    public void Almaty_offset_history_is_respected()
    {
        // Kazakhstan moved Almaty from +06:00 to +05:00 on 1 March 2024.
        Almaty.DateRange(new DateOnly(2024, 3, 5)).EarliestUtcTicks.ShouldBe(T.Ticks("2024-03-05T00:00:00+05:00"));
        Almaty.DateRange(new DateOnly(2024, 2, 5)).EarliestUtcTicks.ShouldBe(T.Ticks("2024-02-05T00:00:00+06:00"));
    }
}
