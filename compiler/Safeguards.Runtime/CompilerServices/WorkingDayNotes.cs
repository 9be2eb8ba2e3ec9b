using System.Globalization;
using Safeguards.Runtime.Calendars;

namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// The sentence a finding adds about a deadline counted in working days or moved off a non-working day: the calendar, the
/// day the period ends on, and the days that did not count and why ("Monday 21 April 2025: Ostermontag"). Empty for a
/// deadline without a working-day rule.
/// </summary>
internal static class WorkingDayNotes
{
    /// <summary>More days than this are summed up ("and 3 more"): a note, not a calendar.</summary>
    private const int ListedDays = 6;

    public static string For(LegalCalendar zone, in EvaluationTrace trace)
    {
        if (trace.WorkingDays is not { } rule || !trace.HasDeadline || !trace.HasTrigger) return "";
        var calendar = rule.Calendar;
        var end = zone.LocalDate(trace.Deadline.EarliestUtcTicks);
        var sameDay = end == zone.LocalDate(trace.Deadline.LatestUtcTicks);
        if (rule.Counting == WorkingDayCounting.CountWorkingDays)
        {
            var from = zone.LocalDate(trace.Trigger.EarliestUtcTicks);
            if (!sameDay || from != zone.LocalDate(trace.Trigger.LatestUtcTicks))
                return $" The period is counted in working days of calendar {calendar.Name}.";
            var backwards = end < from;
            var (first, last) = backwards ? (end, from.AddDays(-1)) : (from.AddDays(1), end);
            var skipped = NotWorking(calendar, first, last, out var counted);
            var direction = backwards ? "before" : "after";
            if (counted == 0) return $" Counted in working days of calendar {calendar.Name}: {Day(end)}.";
            return $" Counted in working days of calendar {calendar.Name}: the {Ordinal(counted)} working day {direction} {Day(from)} is {Day(end)}"
                + (skipped.Length == 0 ? "." : $"; not counted: {skipped}.");
        }

        var unmoved = zone.LocalDate(trace.UnmovedDeadline.EarliestUtcTicks);
        var unmovedSameDay = unmoved == zone.LocalDate(trace.UnmovedDeadline.LatestUtcTicks);
        if (!sameDay || !unmovedSameDay)
            return $" Where the period would end on a day that is not a working day in calendar {calendar.Name}, it ends at the end of the next working day.";
        if (unmoved == end)
            return $" The period ends on {Day(end)}, a working day in calendar {calendar.Name}, so it is not moved.";
        var also = NotWorking(calendar, unmoved.AddDays(1), end.AddDays(-1), out _);
        return $" The period would end on {Day(unmoved)}, not a working day in calendar {calendar.Name} ({Why(calendar, unmoved)}); it ends at the end of the next working day, {Day(end)}"
            + (also.Length == 0 ? "." : $" (also not working days: {also}).");
    }

    /// <summary>The days from <paramref name="first"/> to <paramref name="last"/> that are not working days, in words;
    /// <paramref name="working"/> counts those that are.</summary>
    private static string NotWorking(WorkingCalendar calendar, DateOnly first, DateOnly last, out int working)
    {
        var days = new List<string>();
        var more = 0;
        working = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                working++;
                if (day == DateOnly.MaxValue) break;
                continue;
            }
            if (days.Count < ListedDays) days.Add($"{Day(day)} ({Why(calendar, day)})");
            else more++;
            if (day == DateOnly.MaxValue) break;
        }
        return string.Join(", ", days) + (more > 0 ? $" and {more} more" : "");
    }

    private static string Why(WorkingCalendar calendar, DateOnly day) => calendar.HolidayOn(day)?.Name ?? "weekend";

    private static string Day(DateOnly date) => $"{date.DayOfWeek} {TimeText.Day(date)}";

    private static string Ordinal(int n)
    {
        var number = n.ToString(CultureInfo.InvariantCulture);
        return (n % 100) is 11 or 12 or 13 ? number + "th" : (n % 10) switch { 1 => number + "st", 2 => number + "nd", 3 => number + "rd", _ => number + "th" };
    }
}
