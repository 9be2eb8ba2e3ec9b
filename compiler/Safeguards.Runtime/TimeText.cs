using System.Globalization;

namespace Safeguards.Runtime;

/// <summary>Times and ranges in words, in the pack's legal time zone: "2009-01-08 14:30 (+06:00)".</summary>
public static class TimeText
{
    public static string Instant(LegalCalendar calendar, long utcTicks)
    {
        var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(utcTicks, TimeSpan.Zero), calendar.Zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $" ({sign}{offset:hh\\:mm})";
    }

    /// <summary>A deadline at 24:00 (midnight of the next day) reads better as "the end of 2009-01-11".</summary>
    public static string Deadline(LegalCalendar calendar, long utcTicks)
    {
        // Compare with the calendar's own end of day rather than the clock reading: where midnight is
        // skipped, the end of the day is 01:00 of the next.
        var lastDay = calendar.LocalDate(utcTicks - 1);
        return utcTicks == calendar.EndOf(lastDay)
            ? $"the end of {lastDay:yyyy-MM-dd}"
            : Instant(calendar, utcTicks);
    }

    public static string Range(LegalCalendar calendar, TimeRange range, bool isDeadline = false)
    {
        Func<LegalCalendar, long, string> format = isDeadline ? Deadline : Instant;
        return range.IsExact
            ? format(calendar, range.EarliestUtcTicks)
            : $"between {format(calendar, range.EarliestUtcTicks)} and {format(calendar, range.LatestUtcTicks)}";
    }
}
