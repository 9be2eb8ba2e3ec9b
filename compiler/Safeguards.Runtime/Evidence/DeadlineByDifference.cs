using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime;

/// <summary>
/// A deadline judged on the bounds of its own difference, completion − trigger, when the record relates the two
/// (<see cref="TemporalNetwork"/>): "registered 17 hours after an apprehension known only as a date" certainly
/// breaks a 3-hour limit, though each time alone is a whole day. It only ever adds certainty: both this and the
/// comparison of the two ranges are exact consequences of the record, so where both decide they agree.
/// </summary>
internal static class DeadlineByDifference
{
    /// <summary>Beyond this many candidate days of the trigger, day lengths are not measured and the ranges decide.</summary>
    private const int MeasuredDays = 62;

    /// <summary>Satisfied or violated when the difference decides it; null when it leaves it open. <paramref name="margin"/>:
    /// how much within the limit (satisfied) or beyond it (violated) every difference is, for a limit in hours or minutes.</summary>
    /// <param name="difference">Least and greatest completion − trigger, in ticks.</param>
    /// <param name="dayOffset">The completion's local day minus the trigger's, when the relations fix it.</param>
    /// <param name="trigger">The trigger's range, for the lengths of the days it may fall on.</param>
    public static Outcome? Decide(DeadlinePlan plan, (long Min, long Max) difference, int? dayOffset, TimeRange trigger, bool triggerUnknown, out long? margin)
    {
        margin = null;
        var d = plan.Duration;
        switch (plan.Kind)
        {
            case DeadlineKind.WithinAfter when d.Family == DurationFamily.Exact:
                return Compare(difference, d.ExactTicks, out margin);
            case DeadlineKind.NoLaterThanBefore when d.Family == DurationFamily.Exact:
                return Compare(difference, -d.ExactTicks, out margin);
            case DeadlineKind.Before:
                return Compare(difference, 0, out margin);
            case DeadlineKind.WithinAfter when d.Family == DurationFamily.CalendarDays:
                return Days(plan.Calendar, difference, dayOffset, d.CalendarDays, trigger, triggerUnknown);
            case DeadlineKind.NoLaterThanBefore when d.Family == DurationFamily.CalendarDays:
                return Days(plan.Calendar, difference, dayOffset, -d.CalendarDays, trigger, triggerUnknown);
            case DeadlineKind.ImmediatelyAfter:
                return Days(plan.Calendar, difference, dayOffset, 0, trigger, triggerUnknown);
            case DeadlineKind.WithinAfter or DeadlineKind.NoLaterThanBefore:
                return null; // months: the ranges decide (a month's length depends on the date)
            default:
                throw new InvalidOperationException($"unknown deadline kind {plan.Kind}");
        }
    }

    /// <summary>On time when every difference is at most the limit; late when every difference exceeds it.</summary>
    private static Outcome? Compare((long Min, long Max) difference, long limit, out long? margin)
    {
        margin = difference.Max <= limit ? limit - difference.Max : difference.Min > limit ? difference.Min - limit : null;
        return difference.Max <= limit ? Outcome.Satisfied
            : difference.Min > limit ? Outcome.Violated
            : null;
    }

    /// <summary>
    /// A deadline at the end of the local day <paramref name="days"/> after the trigger's: on time when the
    /// completion's day is at most that many days later. The days follow from the relations when they fix them
    /// ("the day after"); otherwise from the difference: on time if it is within the shortest stretch from any
    /// moment of a candidate day to the end of the day n later, late if it exceeds the longest.
    /// </summary>
    private static Outcome? Days(LegalCalendar calendar, (long Min, long Max) difference, int? dayOffset, int days, TimeRange trigger, bool triggerUnknown)
    {
        if (dayOffset is { } offset)
        {
            return offset <= days ? Outcome.Satisfied : Outcome.Violated;
        }

        if (triggerUnknown)
        {
            return null;
        }

        var first = calendar.LocalDate(trigger.EarliestUtcTicks);
        var last = calendar.LocalDate(trigger.LatestUtcTicks);
        if (last.DayNumber - first.DayNumber > MeasuredDays || last.DayNumber + Math.Abs(days) + 1 > DateOnly.MaxValue.DayNumber
            || first.DayNumber - Math.Abs(days) - 1 < DateOnly.MinValue.DayNumber)
        {
            return null;
        }

        long shortest = long.MaxValue, longest = long.MinValue;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var end = calendar.LastInstantOf(day.AddDays(days));
            shortest = Math.Min(shortest, end - calendar.LastInstantOf(day)); // trigger at the last instant of its day
            longest = Math.Max(longest, end - calendar.FirstInstantOf(day)); // trigger at the first
        }

        return difference.Max <= shortest ? Outcome.Satisfied
            : difference.Min > longest ? Outcome.Violated
            : null;
    }
}
