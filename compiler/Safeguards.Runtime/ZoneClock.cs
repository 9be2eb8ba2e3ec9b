namespace Safeguards.Runtime;

/// <summary>
/// Conversions between UTC ticks and local calendar days in a zone, correct across daylight-saving
/// transitions. Day boundaries are the only local wall times the runtime converts, so the rules
/// here are stated in terms of "the first instant of a local day" and "the last instant of one".
/// </summary>
internal static class ZoneClock
{
    /// <summary>DateTime.MaxValue.Ticks: the end of representable time.</summary>
    public const long MaxTicks = 3155378975999999999L;

    /// <summary>The local calendar date of an instant.</summary>
    public static DateOnly LocalDate(TimeZoneInfo zone, long utcTicks)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(new DateTime(Clamp(utcTicks), DateTimeKind.Utc), zone);
        return DateOnly.FromDateTime(local);
    }

    /// <summary>
    /// The first instant whose local date is <paramref name="date"/>. When local midnight does
    /// not exist (a spring-forward gap at midnight) the day starts at the transition, i.e. the
    /// invalid time moves forward; when it occurs twice the day starts at the earlier one.
    /// </summary>
    /// <remarks>
    /// .NET answers wall-time questions (offset, ambiguity) from the zone's DST rules, and misses a
    /// change of the zone's base offset at midnight: in Asia/Almaty on 2024-03-01 the clocks went
    /// from 00:00 +06 back to 23:00 +05 on 29 February, so 1 March began at 19:00 UTC, not 18:00.
    /// The UTC-to-local direction is always right, so the candidate from the wall-time rules is
    /// checked with it, and searched for on UTC where the check fails.
    /// </remarks>
    public static long StartOfDay(TimeZoneInfo zone, DateOnly date)
    {
        var candidate = FirstInstantAtOrAfter(zone, date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified));
        if (LocalDate(zone, candidate) >= date && (candidate == 0 || LocalDate(zone, candidate - 1) < date))
        {
            return candidate;
        }

        return FirstInstantOnOrAfterDate(zone, date);
    }

    /// <summary>
    /// The last tick whose local date is <paramref name="date"/>: one tick before the next day
    /// starts, so that consecutive days tile time with no gap and no overlap. Where clocks turn back
    /// over midnight the repeated hour belongs to the earlier day, which then ends at the later
    /// midnight; no day loses time.
    /// </summary>
    public static long EndOfDay(TimeZoneInfo zone, DateOnly date) =>
        date == DateOnly.MaxValue ? MaxTicks : StartOfDay(zone, date.AddDays(1)) - 1;

    /// <summary>
    /// Binary search on UTC for the first instant whose local date is on or after
    /// <paramref name="date"/>. Local dates only move forward across the transitions a day boundary
    /// can meet, and every offset in use lies within 15 hours of UTC, so the answer is within
    /// 15 hours either side of the wall-clock midnight read as UTC.
    /// </summary>
    private static long FirstInstantOnOrAfterDate(TimeZoneInfo zone, DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified).Ticks;
        var lo = Clamp(midnight - (15 * TimeSpan.TicksPerHour));
        var hi = Clamp(midnight + (15 * TimeSpan.TicksPerHour));
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (LocalDate(zone, mid) >= date)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>
    /// The first instant whose local wall time is at or after <paramref name="local"/>: the
    /// direct conversion when valid, the earlier instant when ambiguous, the end of the gap when invalid.
    /// </summary>
    public static long FirstInstantAtOrAfter(TimeZoneInfo zone, DateTime local)
    {
        if (zone.IsAmbiguousTime(local))
        {
            return Clamp(local.Ticks - MaxOffset(OffsetsThatOccur(zone, local)).Ticks);
        }

        if (!zone.IsInvalidTime(local))
        {
            return Clamp(local.Ticks - zone.GetUtcOffset(local).Ticks);
        }

        // Inside a gap: the transition lies within a day of the wall time, and around a single
        // spring-forward transition local time is monotonic, so a binary search on UTC finds it.
        var lo = Clamp(local.Ticks - TimeSpan.TicksPerDay);
        var hi = Clamp(local.Ticks + TimeSpan.TicksPerDay);
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (ToLocalTicks(zone, mid) >= local.Ticks)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>
    /// The offsets at which a wall time reported ambiguous really occurs. .NET places the ambiguous
    /// hour one tick early for rules read from tzdata (in America/Havana, where 01:00 goes back to
    /// 00:00, it calls 23:59:59.9999999 of the day before ambiguous), so each offset is checked by
    /// converting back; if none survives (never expected) the reported offsets are kept.
    /// </summary>
    private static TimeSpan[] OffsetsThatOccur(TimeZoneInfo zone, DateTime local)
    {
        var offsets = zone.GetAmbiguousTimeOffsets(local);
        var real = Array.FindAll(offsets, o =>
        {
            var utc = local.Ticks - o.Ticks;
            return utc >= 0 && utc <= MaxTicks && ToLocalTicks(zone, utc) == local.Ticks;
        });
        return real.Length > 0 ? real : offsets;
    }

    private static long ToLocalTicks(TimeZoneInfo zone, long utcTicks) =>
        TimeZoneInfo.ConvertTimeFromUtc(new DateTime(utcTicks, DateTimeKind.Utc), zone).Ticks;

    private static TimeSpan MaxOffset(TimeSpan[] offsets)
    {
        var max = offsets[0];
        foreach (var o in offsets)
        {
            if (o > max)
            {
                max = o;
            }
        }

        return max;
    }

    /// <summary>Keeps arithmetic near the ends of the calendar inside DateTime's range instead of throwing.</summary>
    public static long Clamp(long ticks) => ticks < 0 ? 0 : ticks > MaxTicks ? MaxTicks : ticks;
}
