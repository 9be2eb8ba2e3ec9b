using Safeguards.Runtime.CompilerServices;
using System.Globalization;

namespace Safeguards.Runtime;

/// <summary>
/// Times and ranges in words, in the pack's legal time zone, as a lawyer writes them: an exact time as
/// "2009-01-08 14:30 (+06:00)", a time known only as a day as "8 January 2009 (time not recorded)", a
/// month as "January 2009 (day not recorded)", the end of a period counted in days as "the end of
/// 11 January 2009", and other ranges as "between … and …".
/// </summary>
public static class TimeText
{
    public static string Instant(LegalCalendar calendar, long utcTicks)
    {
        // Every finding's sentence has a few of these, so the common case is written digit by digit (the same text):
        // the offset is the one ConvertTime uses (the zone's offset at the UTC instant), in whole minutes.
        if (utcTicks >= FastFrom && utcTicks < FastUntil)
        {
            var zoneOffset = calendar.UtcOffsetTicks(utcTicks);
            if (zoneOffset % TimeSpan.TicksPerMinute == 0)
            {
                return string.Create(25, (Local: new DateTime(utcTicks + zoneOffset), Minutes: zoneOffset / TimeSpan.TicksPerMinute), static (text, t) =>
                {
                    Digits(text[..4], t.Local.Year);
                    text[4] = '-';
                    Digits(text[5..7], t.Local.Month);
                    text[7] = '-';
                    Digits(text[8..10], t.Local.Day);
                    text[10] = ' ';
                    Digits(text[11..13], t.Local.Hour);
                    text[13] = ':';
                    Digits(text[14..16], t.Local.Minute);
                    text[16] = ' ';
                    text[17] = '(';
                    text[18] = t.Minutes < 0 ? '-' : '+';
                    var minutes = Math.Abs(t.Minutes);
                    Digits(text[19..21], (int)(minutes / 60));
                    text[21] = ':';
                    Digits(text[22..24], (int)(minutes % 60));
                    text[24] = ')';
                });
            }
        }

        var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(utcTicks, TimeSpan.Zero), calendar.Zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $" ({sign}{offset:hh\\:mm})";
    }

    // Years 2..9998: no clamping near the ends of DateTime, four-digit years.
    private static readonly long FastFrom = new DateTime(2, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly long FastUntil = new DateTime(9998, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private static void Digits(Span<char> text, int value)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>A calendar day in words: "8 January 2013".</summary>
    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A deadline on the last instant of a day (a period counted in days) reads "the end of 11 January 2009".</summary>
    public static string Deadline(LegalCalendar calendar, long utcTicks) =>
        // Compare with the calendar's own last instant of the day rather than the clock reading: where
        // midnight is skipped, the day ends just before 01:00 of the next.
        calendar.IsLastInstantOfDay(utcTicks)
            ? $"the end of {Day(calendar.LocalDate(utcTicks))}"
            : Instant(calendar, utcTicks);

    /// <summary>A time as a noun phrase: an instant, a day or month whose time is not recorded, or "between … and …".</summary>
    public static string Range(LegalCalendar calendar, TimeRange range, bool isDeadline = false)
    {
        if (isDeadline)
        {
            return range.IsExact
                ? Deadline(calendar, range.EarliestUtcTicks)
                : $"between {Deadline(calendar, range.EarliestUtcTicks)} and {Deadline(calendar, range.LatestUtcTicks)}";
        }

        if (range.IsExact) return Instant(calendar, range.EarliestUtcTicks);
        if (range == TimeRange.Unbounded) return "an unknown time";
        var first = calendar.LocalDate(range.EarliestUtcTicks);
        var last = calendar.LocalDate(range.LatestUtcTicks);
        var wholeDays = range.EarliestUtcTicks == calendar.FirstInstantOf(first) && range.LatestUtcTicks == calendar.LastInstantOf(last);
        if (wholeDays && first == last) return $"{Day(first)} (time not recorded)";
        if (wholeDays && first.Day == 1 && last == first.AddMonths(1).AddDays(-1))
            return first.ToString("MMMM yyyy", CultureInfo.InvariantCulture) + " (day not recorded)";
        if (wholeDays) return $"between {Day(first)} and {Day(last)} (times not recorded)";
        return $"between {Instant(calendar, range.EarliestUtcTicks)} and {Instant(calendar, range.LatestUtcTicks)}";
    }

    /// <summary>A time with its preposition, for "'registered' …": "at 2009-01-08 14:30 (+06:00)", "on 8 January
    /// 2009 (time not recorded)", "in January 2009 (day not recorded)", "at some time between … and …".</summary>
    public static string When(LegalCalendar calendar, TimeRange range)
    {
        var text = Range(calendar, range);
        if (range.IsExact) return "at " + text;
        if (text.StartsWith("between ", StringComparison.Ordinal)) return "at some time " + text;
        if (range == TimeRange.Unbounded) return "at " + text;
        return (text.EndsWith("(day not recorded)", StringComparison.Ordinal) ? "in " : "on ") + text;
    }

    /// <summary>A deadline with its article: "the deadline of the end of 11 January 2009", or, when the trigger was
    /// imprecise, "a deadline that fell between the end of 6 January 2013 and the end of 7 January 2013".</summary>
    public static string DeadlinePhrase(LegalCalendar calendar, TimeRange deadline) =>
        deadline.IsExact ? "the deadline of " + Range(calendar, deadline, isDeadline: true)
        : "a deadline that fell " + Range(calendar, deadline, isDeadline: true);
}
