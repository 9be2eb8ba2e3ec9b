using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime.Tests;

public class LegalCalendarTests
{
    private static readonly LegalCalendar Almaty = new(T.Almaty, MonthRounding.None);
    private static readonly LegalCalendar Berlin = new(T.Berlin, MonthRounding.None);
    private static readonly LegalCalendar Santiago = new(TimeZoneInfo.FindSystemTimeZoneById("America/Santiago"), MonthRounding.None);
    private static readonly long AsOf = T.Ticks("2030-01-01T00:00:00+00:00");

    /// <summary>
    /// A deadline in days, weeks or months (or "immediately") ends with its last local day: the last
    /// permitted instant is one tick before <paramref name="nextDayStart"/>, the first instant of the
    /// next local day. That tick is on time; midnight of the next day, and anything after, is late.
    /// </summary>
    private static void ShouldEndAt(LegalCalendar calendar, long deadline, string lastDay, string nextDayStart)
    {
        var last = DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture);
        deadline.ShouldBe(T.Ticks(nextDayStart) - 1);
        calendar.LastInstantOf(last).ShouldBe(deadline);
        calendar.IsLastInstantOfDay(deadline).ShouldBeTrue();
        calendar.DateRange(last.AddDays(1)).EarliestUtcTicks.ShouldBe(deadline + 1);
        calendar.DateRange(last).LatestUtcTicks.ShouldBe(deadline);
        calendar.LocalDate(deadline + 1).ShouldBe(last.AddDays(1));
        calendar.LocalDate(deadline).ShouldBe(last);

        var exact = TimeRange.Exact(deadline);
        Judge.Completion(exact, true, T.At(nextDayStart), AsOf).ShouldBe(Outcome.Violated);
        Judge.Completion(exact, true, TimeRange.Exact(deadline), AsOf).ShouldBe(Outcome.Satisfied);
        Judge.Completion(exact, true, TimeRange.Exact(deadline + 1), AsOf).ShouldBe(Outcome.Violated);
        Judge.Completion(exact, true, calendar.DateRange(last), AsOf).ShouldBe(Outcome.Satisfied);
        Judge.Completion(exact, true, calendar.DateRange(last.AddDays(1)), AsOf).ShouldBe(Outcome.Violated);
        Judge.Completion(exact, false, default, deadline).ShouldBe(Outcome.Pending);
        Judge.Completion(exact, false, default, deadline + 1).ShouldBe(Outcome.Violated);
    }

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
        // design.md: within 3 days after an event on 8 January at 15:00 ends at the end (24:00) of 11 January,
        // which is 00:00 on 12 January.
        ShouldEndAt(Almaty, Almaty.LatestPermittedAfter(T.Ticks("2009-01-08T15:00:00+06:00"), LegalDuration.Days(3)), "2009-01-11", "2009-01-12T00:00:00+06:00");

        // The local date decides, not the UTC date: 01:00 local on 9 January is still 8 January in UTC.
        ShouldEndAt(Almaty, Almaty.LatestPermittedAfter(T.Ticks("2009-01-09T01:00:00+06:00"), LegalDuration.Days(1)), "2009-01-10", "2009-01-11T00:00:00+06:00");

        // An anchor at 00:00 still does not count its own day.
        ShouldEndAt(Almaty, Almaty.LatestPermittedAfter(T.Ticks("2009-01-08T00:00:00+06:00"), LegalDuration.Weeks(1)), "2009-01-15", "2009-01-16T00:00:00+06:00");

        // An anchor at 24:00 of the 8th is 00:00 of the 9th: its day is the 9th.
        ShouldEndAt(Almaty, Almaty.LatestPermittedAfter(T.Ticks("2009-01-09T00:00:00+06:00"), LegalDuration.Days(1)), "2009-01-10", "2009-01-11T00:00:00+06:00");
    }

    [Fact]
    public void Immediately_means_the_end_of_the_same_local_day()
    {
        ShouldEndAt(Almaty, Almaty.EndOfLocalDay(T.Ticks("2009-01-08T23:59:00+06:00")), "2009-01-08", "2009-01-09T00:00:00+06:00");
        ShouldEndAt(Almaty, Almaty.EndOfLocalDay(T.Ticks("2009-01-08T00:00:00+06:00")), "2009-01-08", "2009-01-09T00:00:00+06:00");
        ShouldEndAt(Almaty, Almaty.EndOfLocalDay(T.LastTickOf("2009-01-08T23:59:59+06:00")), "2009-01-08", "2009-01-09T00:00:00+06:00");

        // 00:00 of the 9th belongs to the 9th, so "immediately" after it runs to the end of the 9th.
        ShouldEndAt(Almaty, Almaty.EndOfLocalDay(T.Ticks("2009-01-09T00:00:00+06:00")), "2009-01-09", "2009-01-10T00:00:00+06:00");
        Judge.DeadlineEndOfDay(Almaty, T.At("2009-01-08T23:00:00+06:00")).ShouldBe(TimeRange.Exact(T.Ticks("2009-01-09T00:00:00+06:00") - 1));
    }

    [Theory]
    [InlineData(MonthRounding.Down, "2009-01-31T10:00:00+06:00", "2009-02-28", "2009-03-01T00:00:00+06:00")]
    [InlineData(MonthRounding.Up, "2009-01-31T10:00:00+06:00", "2009-03-01", "2009-03-02T00:00:00+06:00")]
    [InlineData(MonthRounding.Down, "2012-01-31T10:00:00+06:00", "2012-02-29", "2012-03-01T00:00:00+06:00")] // leap year
    [InlineData(MonthRounding.Up, "2012-01-31T10:00:00+06:00", "2012-03-01", "2012-03-02T00:00:00+06:00")]
    [InlineData(MonthRounding.Up, "2012-01-29T10:00:00+06:00", "2012-02-29", "2012-03-01T00:00:00+06:00")] // 29 Feb exists in 2012
    [InlineData(MonthRounding.Down, "2009-01-15T10:00:00+06:00", "2009-02-15", "2009-02-16T00:00:00+06:00")] // no rounding needed
    [InlineData(MonthRounding.Down, "2009-12-31T10:00:00+06:00", "2010-01-31", "2010-02-01T00:00:00+06:00")] // across the year
    public void One_month_keeps_the_day_and_rounds_missing_days(MonthRounding rounding, string anchor, string lastDay, string nextDayStart)
    {
        var calendar = new LegalCalendar(T.Almaty, rounding);
        ShouldEndAt(calendar, calendar.LatestPermittedAfter(T.Ticks(anchor), LegalDuration.Months(1)), lastDay, nextDayStart);
    }

    [Fact]
    public void Several_months_and_leap_day_anchors()
    {
        var down = new LegalCalendar(T.Almaty, MonthRounding.Down);
        var up = new LegalCalendar(T.Almaty, MonthRounding.Up);
        ShouldEndAt(down, down.LatestPermittedAfter(T.Ticks("2011-08-31T10:00:00+06:00"), LegalDuration.Months(6)), "2012-02-29", "2012-03-01T00:00:00+06:00");
        ShouldEndAt(down, down.LatestPermittedAfter(T.Ticks("2012-02-29T10:00:00+06:00"), LegalDuration.Months(12)), "2013-02-28", "2013-03-01T00:00:00+06:00");
        ShouldEndAt(up, up.LatestPermittedAfter(T.Ticks("2012-02-29T10:00:00+06:00"), LegalDuration.Months(12)), "2013-03-01", "2013-03-02T00:00:00+06:00");
    }

    [Fact]
    public void Months_without_a_rounding_rule_fail_only_when_the_day_is_missing()
    {
        ShouldEndAt(Almaty, Almaty.LatestPermittedAfter(T.Ticks("2009-01-15T10:00:00+06:00"), LegalDuration.Months(1)), "2009-02-15", "2009-02-16T00:00:00+06:00");
        Should.Throw<InvalidOperationException>(() => Almaty.LatestPermittedAfter(T.Ticks("2009-01-31T10:00:00+06:00"), LegalDuration.Months(1)));
    }

    [Fact]
    public void No_later_than_before_counts_back()
    {
        var down = new LegalCalendar(T.Almaty, MonthRounding.Down);
        var hearing = T.Ticks("2009-01-10T10:00:00+06:00");
        down.LatestPermittedBefore(hearing, LegalDuration.Hours(12)).ShouldBe(T.Ticks("2009-01-09T22:00:00+06:00"));
        ShouldEndAt(down, down.LatestPermittedBefore(hearing, LegalDuration.Days(1)), "2009-01-09", "2009-01-10T00:00:00+06:00");
        ShouldEndAt(down, down.LatestPermittedBefore(hearing, LegalDuration.Weeks(1)), "2009-01-03", "2009-01-04T00:00:00+06:00");
        ShouldEndAt(down, down.LatestPermittedBefore(T.Ticks("2009-03-31T10:00:00+06:00"), LegalDuration.Months(1)), "2009-02-28", "2009-03-01T00:00:00+06:00");
    }

    [Fact]
    public void One_day_across_the_spring_transition_in_Berlin()
    {
        // 31 March 2024 has 23 hours in Berlin; the period still ends at local midnight (CEST, +02:00).
        ShouldEndAt(Berlin, Berlin.LatestPermittedAfter(T.Ticks("2024-03-30T12:00:00+01:00"), LegalDuration.Days(1)), "2024-03-31", "2024-04-01T00:00:00+02:00");
        ShouldEndAt(Berlin, Berlin.LatestPermittedAfter(T.Ticks("2024-03-31T01:30:00+01:00"), LegalDuration.Days(1)), "2024-04-01", "2024-04-02T00:00:00+02:00");

        // The day before the transition ends at a CET midnight.
        ShouldEndAt(Berlin, Berlin.LatestPermittedAfter(T.Ticks("2024-03-29T12:00:00+01:00"), LegalDuration.Days(1)), "2024-03-30", "2024-03-31T00:00:00+01:00");
    }

    [Fact]
    public void One_day_across_the_autumn_transition_in_Berlin()
    {
        // 27 October 2024 has 25 hours in Berlin; the period ends at local midnight (CET, +01:00).
        ShouldEndAt(Berlin, Berlin.LatestPermittedAfter(T.Ticks("2024-10-26T12:00:00+02:00"), LegalDuration.Days(1)), "2024-10-27", "2024-10-28T00:00:00+01:00");

        // The day before the transition ends at a CEST midnight.
        ShouldEndAt(Berlin, Berlin.LatestPermittedAfter(T.Ticks("2024-10-25T12:00:00+02:00"), LegalDuration.Days(1)), "2024-10-26", "2024-10-27T00:00:00+02:00");
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
        var santiago = Santiago;
        var day = santiago.DateRange(new DateOnly(2024, 9, 8));
        day.EarliestUtcTicks.ShouldBe(T.Ticks("2024-09-08T01:00:00-03:00"));
        day.LatestUtcTicks.ShouldBe(T.LastTickOf("2024-09-08T23:59:59-03:00"));
        santiago.DateRange(new DateOnly(2024, 9, 7)).LatestUtcTicks.ShouldBe(day.EarliestUtcTicks - 1);
    }

    [Fact]
    public void A_day_followed_by_a_skipped_midnight_ends_at_the_transition()
    {
        // 24:00 of 7 September 2024 in Santiago (-04:00) is the instant the clocks jump to 01:00 (-03:00)
        // on the 8th: the start of the 8th moves forward out of the gap to exactly that instant, so
        // the period is not shortened or lengthened by the missing hour.
        T.Ticks("2024-09-08T00:00:00-04:00").ShouldBe(T.Ticks("2024-09-08T01:00:00-03:00"));
        ShouldEndAt(Santiago, Santiago.LatestPermittedAfter(T.Ticks("2024-09-06T12:00:00-04:00"), LegalDuration.Days(1)), "2024-09-07", "2024-09-08T01:00:00-03:00");
        ShouldEndAt(Santiago, Santiago.EndOfLocalDay(T.Ticks("2024-09-07T23:30:00-04:00")), "2024-09-07", "2024-09-08T01:00:00-03:00");
        ShouldEndAt(Santiago, Santiago.LatestPermittedBefore(T.Ticks("2024-09-09T10:00:00-03:00"), LegalDuration.Days(2)), "2024-09-07", "2024-09-08T01:00:00-03:00");

        // The short day itself (23 hours) ends at an ordinary -03:00 midnight.
        ShouldEndAt(Santiago, Santiago.LatestPermittedAfter(T.Ticks("2024-09-07T12:00:00-04:00"), LegalDuration.Days(1)), "2024-09-08", "2024-09-09T00:00:00-03:00");
        ShouldEndAt(Santiago, Santiago.EndOfLocalDay(T.Ticks("2024-09-08T01:00:00-03:00")), "2024-09-08", "2024-09-09T00:00:00-03:00");
    }

    [Fact]
    public void A_day_whose_last_hour_repeats_ends_at_the_later_instant()
    {
        // Santiago turns clocks back from 00:00 to 23:00 on 6 April 2024: 23:00-24:00 happens twice,
        // and the day ends after the second time (-04:00).
        // 24:00 -03:00 (when the clocks go back) is not the end: the day ends at 24:00 -04:00.
        var santiago = Santiago;
        var end = santiago.EndOfLocalDay(T.Ticks("2024-04-06T12:00:00-03:00"));
        ShouldEndAt(santiago, end, "2024-04-06", "2024-04-07T00:00:00-04:00");
        santiago.DateRange(new DateOnly(2024, 4, 7)).EarliestUtcTicks.ShouldBe(T.Ticks("2024-04-07T00:00:00-04:00"));
        (santiago.DateRange(new DateOnly(2024, 4, 6)).LatestUtcTicks - santiago.DateRange(new DateOnly(2024, 4, 6)).EarliestUtcTicks + 1)
            .ShouldBe(TimeSpan.FromHours(25).Ticks);

        // Both 23:30s of the 6th are on time; the 24:00 -03:00 instant is an hour before the end.
        var deadline = TimeRange.Exact(end);
        Judge.Completion(deadline, true, T.At("2024-04-06T23:30:00-03:00"), AsOf).ShouldBe(Outcome.Satisfied);
        Judge.Completion(deadline, true, T.At("2024-04-06T23:30:00-04:00"), AsOf).ShouldBe(Outcome.Satisfied);
        Judge.Slack(santiago, deadline, T.At("2024-04-07T00:00:00-03:00")).ShouldBe(TimeSpan.FromHours(1).Ticks);

        // A day counted from the day before also ends after the repeated hour.
        ShouldEndAt(santiago, santiago.LatestPermittedAfter(T.Ticks("2024-04-05T12:00:00-03:00"), LegalDuration.Days(1)), "2024-04-06", "2024-04-07T00:00:00-04:00");
    }

    [Fact]
    public void A_day_followed_by_a_repeated_midnight_ends_at_the_first_one()
    {
        // Havana turns clocks back from 01:00 to 00:00 on 3 November 2024, so 00:00 on the 3rd happens
        // twice (-04:00, then -05:00). The 2nd ends at the first 00:00: the repeated hour is the 3rd's.
        var havana = new LegalCalendar(TimeZoneInfo.FindSystemTimeZoneById("America/Havana"), MonthRounding.None);
        var end = havana.LatestPermittedAfter(T.Ticks("2024-11-01T12:00:00-04:00"), LegalDuration.Days(1));
        ShouldEndAt(havana, end, "2024-11-02", "2024-11-03T00:00:00-04:00");
        Judge.Completion(TimeRange.Exact(end), true, T.At("2024-11-03T00:00:00-05:00"), AsOf).ShouldBe(Outcome.Violated);
        ShouldEndAt(havana, havana.LatestPermittedAfter(T.Ticks("2024-11-02T12:00:00-04:00"), LegalDuration.Days(1)), "2024-11-03", "2024-11-04T00:00:00-05:00");
        (havana.DateRange(new DateOnly(2024, 11, 3)).LatestUtcTicks - havana.DateRange(new DateOnly(2024, 11, 3)).EarliestUtcTicks + 1)
            .ShouldBe(TimeSpan.FromHours(25).Ticks);
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
