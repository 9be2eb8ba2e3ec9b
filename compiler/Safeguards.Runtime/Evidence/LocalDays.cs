namespace Safeguards.Runtime;

/// <summary>
/// What "the same day as" and "the day after" allow, in a zone: the local days an event may fall on given
/// the bounds of the other, and how far apart two such events can be. Day lengths differ (23 or 25 hours
/// around daylight-saving changes), so they are measured on the days in question.
/// </summary>
internal static class LocalDays
{
    /// <summary>Longer than any local day a zone has had (the longest, where a territory moved across the date
    /// line, lasted about 48 hours): the bound used when the days in question are too many to measure.</summary>
    public const long LongestDayTicks = 50 * TimeSpan.TicksPerHour;

    /// <summary>Beyond this many candidate days the day lengths are not measured one by one.</summary>
    private const int MeasuredDays = 62;

    /// <summary>The first instant of the local day <paramref name="shift"/> days after that of <paramref name="utcTicks"/>.</summary>
    public static long StartOfShiftedDay(TimeZoneInfo zone, long utcTicks, int shift) =>
        Shifted(ZoneClock.LocalDate(zone, utcTicks), shift) is { } date ? ZoneClock.StartOfDay(zone, date) : shift < 0 ? 0 : ZoneClock.MaxTicks;

    /// <summary>The last instant of the local day <paramref name="shift"/> days after that of <paramref name="utcTicks"/>.</summary>
    public static long EndOfShiftedDay(TimeZoneInfo zone, long utcTicks, int shift) =>
        Shifted(ZoneClock.LocalDate(zone, utcTicks), shift) is { } date ? ZoneClock.EndOfDay(zone, date) : shift < 0 ? 0 : ZoneClock.MaxTicks;

    /// <summary>
    /// The greatest <c>time(event) − time(anchor)</c> when the event is on the anchor's local day
    /// (<paramref name="daysLater"/> 0) or the next (1), for an anchor between the two bounds
    /// (<see cref="long.MinValue"/> and <see cref="long.MaxValue"/> for a side without a bound). The least difference is the
    /// negation of the same for the same day, and one tick for the next day.
    /// </summary>
    public static long GreatestDifference(TimeZoneInfo zone, long anchorEarliest, long anchorLatest, int daysLater)
    {
        if (anchorEarliest == long.MinValue || anchorLatest == long.MaxValue)
        {
            return ((daysLater + 1) * LongestDayTicks) - 1;
        }

        var first = ZoneClock.LocalDate(zone, anchorEarliest);
        var last = ZoneClock.LocalDate(zone, anchorLatest);
        if (last.DayNumber - first.DayNumber > MeasuredDays || last.DayNumber + daysLater + 1 > DateOnly.MaxValue.DayNumber)
        {
            return ((daysLater + 1) * LongestDayTicks) - 1;
        }

        long greatest = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            // From the first instant of the anchor's day to the last of the event's day.
            var span = ZoneClock.EndOfDay(zone, day.AddDays(daysLater)) - ZoneClock.StartOfDay(zone, day);
            greatest = Math.Max(greatest, span);
        }

        return greatest;
    }

    private static DateOnly? Shifted(DateOnly date, int shift)
    {
        var target = (long)date.DayNumber + shift;
        return target < DateOnly.MinValue.DayNumber || target > DateOnly.MaxValue.DayNumber ? null : DateOnly.FromDayNumber((int)target);
    }
}
