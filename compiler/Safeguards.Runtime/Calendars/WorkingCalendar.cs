using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime.Calendars;

/// <summary>
/// Which days are working days under a pack's law: every day except the weekend days and the public holidays in
/// force, and except days a decree made working (a Saturday worked in exchange for a bridge day). This is the
/// arithmetic behind "counted in working days" and "a period that ends on a Saturday, Sunday or public holiday
/// ends at the end of the next working day" (StPO § 43(2), CPP art. 801, UPK art. 128(2)).
/// </summary>
/// <remarks>Dates only: which instant a date ends at is the zone's business (<see cref="LegalCalendar"/>); the
/// <c>…Instant</c> methods combine the two for a deadline held as UTC ticks.</remarks>
public sealed class WorkingCalendar
{
    /// <summary>No real calendar goes this long without a working day; past it the calendar is malformed and the
    /// search stops rather than run on.</summary>
    public const int MaxConsecutiveNonWorkingDays = 366;

    private readonly bool[] weekend = new bool[7];
    private readonly HashSet<DateOnly> workingDays;

    public WorkingCalendar(string name, IEnumerable<DayOfWeek> weekendDays, IEnumerable<Holiday> holidays, IEnumerable<DateOnly>? workingDays = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        foreach (var day in weekendDays ?? throw new ArgumentNullException(nameof(weekendDays)))
        {
            if (day is < DayOfWeek.Sunday or > DayOfWeek.Saturday) throw new ArgumentOutOfRangeException(nameof(weekendDays), day, "not a day of the week");
            weekend[(int)day] = true;
        }
        if (Array.TrueForAll(weekend, w => w)) throw new ArgumentException("a week without a working day", nameof(weekendDays));
        Holidays = [.. holidays ?? throw new ArgumentNullException(nameof(holidays))];
        this.workingDays = [.. workingDays ?? []];
    }

    /// <summary>The calendar's name, as the pack declares it.</summary>
    public string Name { get; }

    public IReadOnlyList<Holiday> Holidays { get; }

    public IEnumerable<DayOfWeek> WeekendDays => Enum.GetValues<DayOfWeek>().Where(d => weekend[(int)d]);

    /// <summary>The days a decree made working, in order (the generated pack writes them out).</summary>
    public IEnumerable<DateOnly> DecreedWorkingDays => workingDays.Order();

    /// <summary>Whether the law counts <paramref name="date"/> as a working day.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        workingDays.Contains(date) || (!weekend[(int)date.DayOfWeek] && HolidayOn(date) is null);

    /// <summary>The holiday in force on <paramref name="date"/>, for a finding to name ("Good Friday"); null when there is none.
    /// A day a decree made working has none.</summary>
    public Holiday? HolidayOn(DateOnly date)
    {
        if (workingDays.Contains(date)) return null;
        foreach (var holiday in Holidays)
            if (holiday.FallsOn(date)) return holiday;
        return null;
    }

    /// <summary>The first working day after <paramref name="date"/> (the date itself not counted).</summary>
    public DateOnly NextWorkingDay(DateOnly date) => Step(date, +1);

    /// <summary>The date itself when it is a working day, otherwise the next working day: where a period
    /// whose last day is not a working day ends (StPO § 43(2)).</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    /// <summary>
    /// Counts <paramref name="count"/> working days after <paramref name="date"/> (the day of the event is not counted,
    /// as for calendar days): the 1st working day after a Friday is the Monday. A negative count goes back, for
    /// "no later than N working days before". Zero is the date itself.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int count)
    {
        var direction = count < 0 ? -1 : +1;
        for (var remaining = Math.Abs((long)count); remaining > 0; remaining--)
        {
            date = Step(date, direction);
            if (date == DateOnly.MinValue || date == DateOnly.MaxValue) return date;
        }
        return date;
    }

    /// <summary>
    /// A deadline moved off a non-working day: when the local day of <paramref name="deadlineUtcTicks"/> is not a
    /// working day, the last instant of the next working day; otherwise the deadline unchanged. For a period that
    /// "ends at the end of the next working day" when it would end on a Saturday, Sunday or public holiday.
    /// </summary>
    public long EndOfNextWorkingDayIfNotWorking(LegalCalendar zone, long deadlineUtcTicks)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var day = zone.LocalDate(deadlineUtcTicks);
        return IsWorkingDay(day) ? deadlineUtcTicks : zone.LastInstantOf(NextWorkingDay(day));
    }

    /// <summary>The last permitted instant of "within <paramref name="count"/> working days after" an anchor: the end of
    /// the <paramref name="count"/>th working day after the anchor's local day.</summary>
    public long LatestPermittedAfterWorkingDays(LegalCalendar zone, long anchorUtcTicks, int count)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.LastInstantOf(AddWorkingDays(zone.LocalDate(anchorUtcTicks), count));
    }

    private DateOnly Step(DateOnly date, int direction)
    {
        for (var i = 0; i < MaxConsecutiveNonWorkingDays; i++)
        {
            if ((direction > 0 && date == DateOnly.MaxValue) || (direction < 0 && date == DateOnly.MinValue)) return date;
            date = date.AddDays(direction);
            if (IsWorkingDay(date)) return date;
        }
        throw new InvalidOperationException($"the calendar '{Name}' has no working day in {MaxConsecutiveNonWorkingDays} days from {date:yyyy-MM-dd}");
    }
}
