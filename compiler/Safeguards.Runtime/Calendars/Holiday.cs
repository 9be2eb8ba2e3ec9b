namespace Safeguards.Runtime.Calendars;

/// <summary>A public holiday as a law declares it, with the period in which the law makes it one.</summary>
/// <param name="Name">What the law calls it ("Tag der Deutschen Einheit").</param>
/// <param name="InForceFrom">The first day it is a holiday under this rule, inclusive; null when open.</param>
/// <param name="InForceUntil">The first day it is no longer one, exclusive (as the language's <c>until</c>); null when open.</param>
public abstract record Holiday(string Name, DateOnly? InForceFrom, DateOnly? InForceUntil)
{
    /// <summary>The day this holiday falls on in <paramref name="year"/>, if it falls in that year at all
    /// (a 29 February rule in a common year, a one-off holiday of another year), ignoring the period in force.</summary>
    public abstract DateOnly? DateIn(int year);

    /// <summary>Whether <paramref name="date"/> is this holiday, in force on that day.</summary>
    public bool FallsOn(DateOnly date) =>
        DateIn(date.Year) == date && (InForceFrom is not { } from || date >= from) && (InForceUntil is not { } until || date < until);
}

/// <summary>A holiday on the same day every year ("3 October").</summary>
public sealed record AnnualHoliday(string Name, int Month, int Day, DateOnly? InForceFrom = null, DateOnly? InForceUntil = null)
    : Holiday(Name, InForceFrom, InForceUntil)
{
    public override DateOnly? DateIn(int year) =>
        Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;
}

/// <summary>A holiday on one dated day only (Reformation Day 2017 in all of Germany, a day off moved by decree).</summary>
public sealed record OneOffHoliday(string Name, DateOnly Date) : Holiday(Name, Date, Date.AddDays(1))
{
    public override DateOnly? DateIn(int year) => year == Date.Year ? Date : null;
}

/// <summary>A movable feast: Easter Sunday plus <paramref name="DaysAfterEaster"/> (−2 Good Friday, +1 Easter Monday,
/// +39 Ascension, +50 Whit Monday).</summary>
public sealed record EasterHoliday(string Name, int DaysAfterEaster, EasterComputus Computus = EasterComputus.Gregorian,
    DateOnly? InForceFrom = null, DateOnly? InForceUntil = null) : Holiday(Name, InForceFrom, InForceUntil)
{
    public override DateOnly? DateIn(int year)
    {
        // The feast of `year` can fall in a neighbouring year only for offsets of months; look at those years too.
        foreach (var easterYear in new[] { year, year - 1, year + 1 })
        {
            if (easterYear is < Easter.FirstYear or > Easter.LastYear) continue;
            var dayNumber = (long)Easter.Sunday(easterYear, Computus).DayNumber + DaysAfterEaster;
            if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber) continue;
            var date = DateOnly.FromDayNumber((int)dayNumber);
            if (date.Year == year) return date;
        }
        return null;
    }
}
