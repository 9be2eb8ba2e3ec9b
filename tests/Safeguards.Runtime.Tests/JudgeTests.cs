using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime.Tests;

public class JudgeTests
{
    private static readonly LegalCalendar Almaty = new(T.Almaty, MonthRounding.Down);
    private static readonly TimeRange Deadline = T.At("2009-01-08T17:30:00+06:00");
    private static readonly long AsOf = T.Ticks("2015-01-01T00:00:00+06:00");

    [Fact]
    public void Target_exactly_at_the_deadline_is_satisfied_and_one_tick_later_violated()
    {
        Judge.Completion(Deadline, true, Deadline, AsOf).ShouldBe(Outcome.Satisfied);
        Judge.Completion(Deadline, true, TimeRange.Exact(Deadline.LatestUtcTicks + 1), AsOf).ShouldBe(Outcome.Violated);
        Judge.Completion(Deadline, true, TimeRange.Exact(Deadline.EarliestUtcTicks - 1), AsOf).ShouldBe(Outcome.Satisfied);
    }

    [Fact]
    public void Imprecise_target_straddling_the_deadline_is_indeterminate()
    {
        var registered = TimeParse("2009-01-08"); // the whole day: could be before or after 17:30
        Judge.Completion(Deadline, true, registered, AsOf).ShouldBe(Outcome.Indeterminate);
        Judge.Completion(Deadline, true, TimeParse("2009-01-09"), AsOf).ShouldBe(Outcome.Violated);
        Judge.Completion(Deadline, true, TimeParse("2009-01-07"), AsOf).ShouldBe(Outcome.Satisfied);
    }

    [Fact]
    public void Imprecise_deadline_needs_the_target_on_the_same_side_of_every_possible_deadline()
    {
        var apprehended = T.Range("2009-01-08T10:00:00+06:00", "2009-01-08T12:00:00+06:00");
        var deadline = Judge.DeadlineAfter(Almaty, apprehended, LegalDuration.Hours(3));
        deadline.ShouldBe(T.Range("2009-01-08T13:00:00+06:00", "2009-01-08T15:00:00+06:00"));
        Judge.Completion(deadline, true, T.At("2009-01-08T13:00:00+06:00"), AsOf).ShouldBe(Outcome.Satisfied);
        Judge.Completion(deadline, true, T.At("2009-01-08T14:00:00+06:00"), AsOf).ShouldBe(Outcome.Indeterminate);
        Judge.Completion(deadline, true, T.At("2009-01-08T15:00:00+06:00"), AsOf).ShouldBe(Outcome.Indeterminate);
        Judge.Completion(deadline, true, TimeRange.Exact(T.Ticks("2009-01-08T15:00:00+06:00") + 1), AsOf).ShouldBe(Outcome.Violated);
    }

    [Fact]
    public void Missing_target_is_pending_until_the_deadline_then_violated()
    {
        Judge.Completion(Deadline, false, default, Deadline.LatestUtcTicks - 1).ShouldBe(Outcome.Pending);
        Judge.Completion(Deadline, false, default, Deadline.LatestUtcTicks).ShouldBe(Outcome.Pending);
        Judge.Completion(Deadline, false, default, Deadline.LatestUtcTicks + 1).ShouldBe(Outcome.Violated);

        var range = T.Range("2009-01-08T13:00:00+06:00", "2009-01-08T15:00:00+06:00");
        Judge.Completion(range, false, default, T.Ticks("2009-01-08T14:00:00+06:00")).ShouldBe(Outcome.Indeterminate);
        Judge.Completion(range, false, default, T.Ticks("2009-01-08T13:00:00+06:00")).ShouldBe(Outcome.Pending);
        Judge.Completion(range, false, default, T.Ticks("2009-01-08T15:00:01+06:00")).ShouldBe(Outcome.Violated);
    }

    [Fact]
    public void Deadline_helpers_apply_the_calendar_to_both_bounds()
    {
        // A date anchor covers the whole day, but every point of it gives the same calendar deadline:
        // the last instant of 11 January, one tick before 00:00 of the 12th.
        var anchor = TimeParse("2009-01-08");
        Judge.DeadlineAfter(Almaty, anchor, LegalDuration.Days(3))
            .ShouldBe(TimeRange.Exact(T.Ticks("2009-01-12T00:00:00+06:00") - 1));
        Judge.DeadlineEndOfDay(Almaty, T.At("2009-01-08T15:00:00+06:00"))
            .ShouldBe(TimeRange.Exact(T.Ticks("2009-01-09T00:00:00+06:00") - 1));
        Judge.DeadlineEndOfDay(Almaty, anchor)
            .ShouldBe(TimeRange.Exact(T.Ticks("2009-01-09T00:00:00+06:00") - 1));
        Judge.DeadlineBefore(Almaty, T.Range("2009-01-10T10:00:00+06:00", "2009-01-10T11:00:00+06:00"), LegalDuration.Hours(12))
            .ShouldBe(T.Range("2009-01-09T22:00:00+06:00", "2009-01-09T23:00:00+06:00"));
    }

    [Fact]
    public void A_calendar_deadline_ends_before_midnight_of_the_next_day()
    {
        // Issue #12: "within 3 days" after 8 January ends with 11 January; 00:00 on the 12th is the 12th.
        var deadline = Judge.DeadlineAfter(Almaty, T.At("2009-01-08T15:00:00+06:00"), LegalDuration.Days(3));
        deadline.ShouldBe(TimeRange.Exact(T.Ticks("2009-01-12T00:00:00+06:00") - 1));

        Judge.Completion(deadline, true, T.At("2009-01-11T23:59:00+06:00"), AsOf).ShouldBe(Outcome.Satisfied);
        Judge.Completion(deadline, true, TimeRange.Exact(T.Ticks("2009-01-12T00:00:00+06:00") - 1), AsOf).ShouldBe(Outcome.Satisfied);
        Judge.Completion(deadline, true, T.At("2009-01-12T00:00:00+06:00"), AsOf).ShouldBe(Outcome.Violated);
        Judge.Completion(deadline, true, T.At("2009-01-12T00:01:00+06:00"), AsOf).ShouldBe(Outcome.Violated);
        // Slack is measured to the close of the period, the next midnight: an act at 23:00 has an hour to spare.
        Judge.Slack(Almaty, deadline, T.At("2009-01-11T23:00:00+06:00")).ShouldBe(TimeSpan.FromHours(1).Ticks);
        Judge.Slack(Almaty, deadline, T.At("2009-01-12T00:00:00+06:00")).ShouldBeNull();
        Judge.Overrun(deadline, T.Ticks("2009-01-12T00:01:00+06:00")).ShouldBe(TimeSpan.FromMinutes(1).Ticks + 1);

        Judge.Completion(deadline, false, default, T.Ticks("2009-01-12T00:00:00+06:00") - 1).ShouldBe(Outcome.Pending);
        Judge.Completion(deadline, false, default, T.Ticks("2009-01-12T00:00:00+06:00")).ShouldBe(Outcome.Violated);

        // A target known only by its date: the last day is on time, the next day is late.
        Judge.Completion(deadline, true, TimeParse("2009-01-11"), AsOf).ShouldBe(Outcome.Satisfied);
        Judge.Completion(deadline, true, TimeParse("2009-01-12"), AsOf).ShouldBe(Outcome.Violated);
        Judge.Completion(deadline, true, TimeParse("2009-01-13"), AsOf).ShouldBe(Outcome.Violated);
    }

    [Fact]
    public void Slack_and_overrun_are_reported_only_when_certain()
    {
        Judge.Slack(Deadline, T.At("2009-01-08T15:15:00+06:00")).ShouldBe(TimeSpan.FromMinutes(135).Ticks);
        Judge.Slack(Deadline, T.At("2009-01-08T18:00:00+06:00")).ShouldBeNull();
        Judge.Overrun(Deadline, T.Ticks("2009-01-08T18:00:00+06:00")).ShouldBe(TimeSpan.FromMinutes(30).Ticks);
        Judge.Overrun(Deadline, Deadline.LatestUtcTicks).ShouldBeNull();
    }

    [Theory]
    [InlineData(0, 2, 15, 0, "2 hours 15 minutes")]
    [InlineData(3, 4, 59, 0, "3 days 4 hours 59 minutes")] // exact: never rounded to a larger unit (issue #12)
    [InlineData(1, 0, 0, 0, "1 day")]
    [InlineData(1, 0, 30, 0, "1 day 30 minutes")]
    [InlineData(0, 0, 59, 59, "59 minutes 59 seconds")]
    [InlineData(0, 1, 1, 0, "1 hour 1 minute")]
    [InlineData(0, 0, 1, 0, "1 minute")]
    [InlineData(0, 0, 0, 40, "40 seconds")]
    [InlineData(0, 0, 0, 0, "0 minutes")]
    public void Durations_read_as_words(int days, int hours, int minutes, int seconds, string text) =>
        DurationsReadAsWords(days, hours, minutes, seconds, text);

    [Fact]
    public void Durations_read_in_the_units_of_an_hour_limit()
    {
        Judge.FormatDuration(TimeSpan.FromMinutes(24 * 60 + 20).Ticks, DurationScale.Hours).ShouldBe("24 hours 20 minutes");
        Judge.FormatDuration(TimeSpan.FromMinutes(48 * 60 + 1).Ticks, DurationScale.Hours).ShouldBe("48 hours 1 minute");
        Judge.FormatDuration(TimeSpan.FromMinutes(48 * 60 + 1).Ticks).ShouldBe("2 days 1 minute");
        // The last tick of a day counts as the midnight after it.
        Judge.FormatDuration(TimeSpan.TicksPerHour - 1, DurationScale.Hours).ShouldBe("1 hour");
        Judge.FormatDuration(1).ShouldBe("less than a second");
    }

    private static void DurationsReadAsWords(int days, int hours, int minutes, int seconds, string text) =>
        Judge.FormatDuration(new TimeSpan(days, hours, minutes, seconds).Ticks).ShouldBe(text);

    [Fact]
    public void Negative_durations_are_written_as_their_magnitude() =>
        Judge.FormatDuration(-TimeSpan.FromMinutes(90).Ticks).ShouldBe("1 hour 30 minutes");

    private static TimeRange TimeParse(string text)
    {
        TimeParser.TryParse(text, T.Almaty, out var range, out var error).ShouldBeTrue(error);
        return range;
    }
}
