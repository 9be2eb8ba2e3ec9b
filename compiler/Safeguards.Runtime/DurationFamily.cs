namespace Safeguards.Runtime;

/// <summary>
/// Durations of different families cannot be compared exactly (3 days is not always 72 hours),
/// so the binder rejects mixing them (SG3002).
/// </summary>
public enum DurationFamily
{
    /// <summary>Minutes and hours: a fixed number of ticks.</summary>
    Exact,

    /// <summary>Days and weeks: counted in local calendar days, ending at the end of a day.</summary>
    CalendarDays,

    /// <summary>Months: counted in local calendar months, keeping the day of the month.</summary>
    CalendarMonths,
}
