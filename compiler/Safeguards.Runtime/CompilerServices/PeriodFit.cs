namespace Safeguards.Runtime.CompilerServices;

/// <summary>Where a trigger time lies relative to the period a law was in force.</summary>
public enum PeriodFit : byte
{
    Inside,
    Outside,
    /// <summary>The trigger's imprecise time begins before and ends after a boundary of the period.</summary>
    Straddles,
}

public static class InForce
{
    /// <summary>Open ends are <see cref="long.MinValue"/> and <see cref="long.MaxValue"/>; until is exclusive.</summary>
    public static PeriodFit Classify(TimeRange trigger, long fromUtcTicks, long untilUtcTicks)
    {
        if (trigger.EarliestUtcTicks >= fromUtcTicks && trigger.LatestUtcTicks < untilUtcTicks) return PeriodFit.Inside;
        if (trigger.LatestUtcTicks < fromUtcTicks || trigger.EarliestUtcTicks >= untilUtcTicks) return PeriodFit.Outside;
        return PeriodFit.Straddles;
    }

    /// <summary>The first instant of a local date in the pack's zone, as UTC ticks (open end for null).</summary>
    public static long StartTicks(LegalCalendar calendar, DateOnly? date, long openValue) =>
        date is { } d ? calendar.DateRange(d).EarliestUtcTicks : openValue;
}
