namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// Legal time arithmetic in a pack's zone (language.md, "How time is counted"): hours and minutes are
/// exact; days, weeks and months are local calendar units that do not count the day of the
/// anchor and end with the last day.
/// </summary>
/// <remarks>
/// Every deadline is the last permitted instant, inclusive: for hours "anchor + 3 hours" itself is
/// on time. A period counted in days ends with its last day, and 00:00 of the next day is already
/// the next day, so the last permitted instant is the last tick before that midnight
/// (<see cref="LastInstantOf"/>): an act at 00:00 on the day after, or one recorded only as that
/// day's date, is late.
/// </remarks>
public sealed class LegalCalendar
{
    public LegalCalendar(TimeZoneInfo zone, MonthRounding rounding)
    {
        Zone = zone ?? throw new ArgumentNullException(nameof(zone));
        Rounding = rounding;
        days = new LocalDayCache(zone);
    }

    private readonly LocalDayCache days;

    public TimeZoneInfo Zone { get; }

    public MonthRounding Rounding { get; }

    /// <summary>
    /// The last permitted tick for "within <paramref name="d"/> after" an anchor instant:
    /// anchor + d for minutes and hours; the last instant of the local day (anchor's date + n days) for
    /// days and weeks; the last instant of the local day (anchor's date + n months, same day of month) for months.
    /// </summary>
    public long LatestPermittedAfter(long anchorUtcTicks, LegalDuration d) => d.Family switch
    {
        DurationFamily.Exact => AddExact(anchorUtcTicks, d.ExactTicks),
        DurationFamily.CalendarDays => LastInstantOf(AddDays(ZoneClock.LocalDate(Zone, anchorUtcTicks), d.CalendarDays)),
        _ => LastInstantOf(AddMonths(ZoneClock.LocalDate(Zone, anchorUtcTicks), d.Amount)),
    };

    /// <summary>
    /// The last permitted tick for "no later than <paramref name="d"/> before" an anchor instant:
    /// anchor − d for minutes and hours; for calendar units the end of the local day that lies n
    /// days (or months) before the anchor's date, so the anchor's own day is again not counted.
    /// </summary>
    public long LatestPermittedBefore(long anchorUtcTicks, LegalDuration d) => d.Family switch
    {
        DurationFamily.Exact => ClampedSum(anchorUtcTicks, -(Int128)d.ExactTicks),
        DurationFamily.CalendarDays => LastInstantOf(AddDays(ZoneClock.LocalDate(Zone, anchorUtcTicks), -d.CalendarDays)),
        _ => LastInstantOf(AddMonths(ZoneClock.LocalDate(Zone, anchorUtcTicks), -d.Amount)),
    };

    /// <summary>The last permitted tick "within" an exact period (minutes, hours) after an instant: the one
    /// definition, which the generated fast path calls too (inlined: two comparisons and an addition).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static long AddExact(long anchorUtcTicks, long ticks) =>
        anchorUtcTicks >= 0 && ticks >= 0 && anchorUtcTicks <= DateTime.MaxValue.Ticks - ticks ? anchorUtcTicks + ticks : ClampedSum(anchorUtcTicks, ticks);

    /// <summary>anchor + ticks, clamped to the instants a DateTime can hold. Summed in 128 bits: an anchor of a
    /// record built in code may lie anywhere in a long, and a wrapped sum would put the deadline at the wrong end of time.</summary>
    private static long ClampedSum(long anchorUtcTicks, Int128 ticks) =>
        ZoneClock.Clamp((long)Int128.Clamp(anchorUtcTicks + ticks, long.MinValue, long.MaxValue));

    /// <summary>The last instant of the local day of the instant: "immediately after" ends there.</summary>
    public long EndOfLocalDay(long utcTicks) => LastInstantOf(LocalDate(utcTicks));

    /// <summary>The last tick of a local day, one tick before the next day starts (see the remarks).</summary>
    public long LastInstantOf(DateOnly date) => days.EndOfDay(date);

    /// <summary>
    /// Whether a deadline tick is the last instant of a local day, that is the end of a period counted
    /// in days: such a period closes one tick later, at the next midnight, and slack is measured to there.
    /// </summary>
    public bool IsLastInstantOfDay(long utcTicks) =>
        utcTicks < ZoneClock.MaxTicks && LastInstantOf(LocalDate(utcTicks)) == utcTicks;

    /// <summary>
    /// The instant slack and lateness are measured to: a deadline in hours itself (exactly at it is in time, with
    /// 0 minutes to spare); for a period counted in days, the midnight after its last instant, where the period
    /// closes (an act at 23:00 on the last day has an hour to spare; one at that midnight is late by nothing
    /// measurable: the next day had begun). The one place that knows this, for every margin a finding states.
    /// </summary>
    public long ClosingInstant(long deadlineUtcTicks) => IsLastInstantOfDay(deadlineUtcTicks) ? deadlineUtcTicks + 1 : deadlineUtcTicks;

    /// <summary>The first instant of a local day.</summary>
    public long FirstInstantOf(DateOnly date) => ZoneClock.StartOfDay(Zone, date);

    /// <summary>The local calendar date of an instant in this zone.</summary>
    public DateOnly LocalDate(long utcTicks) => days.LocalDate(utcTicks);

    /// <summary>The zone's offset at a UTC instant (from the calendar's cache of offsets per hour).</summary>
    internal long UtcOffsetTicks(long utcTicks) => days.OffsetTicks(utcTicks);

    /// <summary>The whole local day, first tick to last tick.</summary>
    public TimeRange DateRange(DateOnly date) => new(ZoneClock.StartOfDay(Zone, date), ZoneClock.EndOfDay(Zone, date));

    /// <summary>The whole local month, from the first tick of its first day to the last tick of its last day.</summary>
    public TimeRange MonthRange(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return new TimeRange(ZoneClock.StartOfDay(Zone, first), ZoneClock.EndOfDay(Zone, last));
    }

    /// <summary>
    /// Adds calendar months keeping the day of the month. A day that does not exist in the target
    /// month (31 January + 1 month) follows the pack's rounding rule; without one it is an error
    /// the binder (SG3003) should already have reported.
    /// </summary>
    public DateOnly AddMonths(DateOnly date, int months)
    {
        var monthIndex = (date.Year * 12) + (date.Month - 1) + months;
        if (monthIndex < 12 || monthIndex > (9999 * 12) + 11)
        {
            return months < 0 ? DateOnly.MinValue : DateOnly.MaxValue;
        }

        var year = monthIndex / 12;
        var month = (monthIndex % 12) + 1;
        var days = DateTime.DaysInMonth(year, month);
        if (date.Day <= days)
        {
            return new DateOnly(year, month, date.Day);
        }

        return Rounding switch
        {
            MonthRounding.Down => new DateOnly(year, month, days),
            MonthRounding.Up => month == 12 && year == 9999 ? DateOnly.MaxValue : new DateOnly(year, month, days).AddDays(1),
            _ => throw new InvalidOperationException(
                $"day {date.Day} does not exist in {year:D4}-{month:D2} and the pack has no 'round months up|down' rule"),
        };
    }

    private static DateOnly AddDays(DateOnly date, int days)
    {
        var target = (long)date.DayNumber + days;
        if (target < DateOnly.MinValue.DayNumber)
        {
            return DateOnly.MinValue;
        }

        return target > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue : DateOnly.FromDayNumber((int)target);
    }
}
