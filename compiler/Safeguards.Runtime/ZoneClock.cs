namespace Safeguards.Runtime;

/// <summary>
/// Conversions between UTC ticks and local calendar days in a zone, correct across daylight-saving
/// transitions. Day boundaries are the only local wall times the runtime converts, so the rules
/// here are stated in terms of "the first instant of a local day" and "the last instant of one".
/// </summary>
internal static class ZoneClock
{
    private static readonly long MaxTicks = DateTime.MaxValue.Ticks;

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
    public static long StartOfDay(TimeZoneInfo zone, DateOnly date) =>
        FirstInstantAtOrAfter(zone, date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified));

    /// <summary>
    /// The last tick whose local date is <paramref name="date"/> (local 23:59:59.9999999).
    /// When that wall time occurs twice (clocks turned back over midnight) the later instant is
    /// taken, so the day keeps all of its time; when it falls in a gap, the last tick before the gap.
    /// </summary>
    public static long EndOfDay(TimeZoneInfo zone, DateOnly date)
    {
        if (date == DateOnly.MaxValue)
        {
            return MaxTicks;
        }

        var last = date.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(last))
        {
            return Clamp(last.Ticks - MinOffset(OffsetsThatOccur(zone, last)).Ticks);
        }

        if (zone.IsInvalidTime(last))
        {
            return FirstInstantAtOrAfter(zone, last) - 1;
        }

        return Clamp(last.Ticks - zone.GetUtcOffset(last).Ticks);
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

    private static TimeSpan MinOffset(TimeSpan[] offsets)
    {
        var min = offsets[0];
        foreach (var o in offsets)
        {
            if (o < min)
            {
                min = o;
            }
        }

        return min;
    }

    /// <summary>Keeps arithmetic near the ends of the calendar inside DateTime's range instead of throwing.</summary>
    public static long Clamp(long ticks) => ticks < 0 ? 0 : ticks > MaxTicks ? MaxTicks : ticks;
}
