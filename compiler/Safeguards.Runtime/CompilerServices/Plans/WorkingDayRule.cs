using Safeguards.Runtime.Calendars;

namespace Safeguards.Runtime.CompilerServices;

/// <summary>How a deadline reads a pack's working-day calendar (language.md, "Working days").</summary>
public enum WorkingDayCounting : byte
{
    /// <summary>"within 5 working days after": the period is counted in working days, the day of the trigger not counted.</summary>
    CountWorkingDays,

    /// <summary>"within 1 week after …, moved to the next working day": a period in calendar units whose last day is not a
    /// working day ends at the end of the next working day (StPO § 43(2)).</summary>
    MoveToNextWorkingDay,
}

/// <summary>
/// A deadline's working-day rule: the calendar it is counted in and how. Immutable data, like the rest of the plan, so the
/// generated pack writes it out field for field. <see cref="DeadlinePlan.DeadlineFor"/> applies it; the finding names the
/// calendar and the days it did not count (<c>LegalClockNotes</c>).
/// </summary>
public sealed class WorkingDayRule
{
    public WorkingDayRule(WorkingCalendar calendar, WorkingDayCounting counting)
    {
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        if (counting is not (WorkingDayCounting.CountWorkingDays or WorkingDayCounting.MoveToNextWorkingDay))
            throw new ArgumentOutOfRangeException(nameof(counting), counting, "not a way of counting working days");
        Counting = counting;
    }

    public WorkingCalendar Calendar { get; }

    public WorkingDayCounting Counting { get; }

    /// <summary>The deadline of one trigger instant: the end of the <paramref name="days"/>th working day after (or, for
    /// "no later than … before", before) the trigger's local day; or <paramref name="unmoved"/> moved off a non-working day.</summary>
    internal long Apply(LegalCalendar zone, DeadlineKind kind, long triggerUtcTicks, int days, long unmoved) => Counting switch
    {
        WorkingDayCounting.CountWorkingDays => kind switch
        {
            DeadlineKind.WithinAfter => Calendar.LatestPermittedAfterWorkingDays(zone, triggerUtcTicks, days),
            DeadlineKind.NoLaterThanBefore => zone.LastInstantOf(Calendar.AddWorkingDays(zone.LocalDate(triggerUtcTicks), -days)),
            DeadlineKind.ImmediatelyAfter or DeadlineKind.Before =>
                throw new InvalidOperationException($"'{kind}' has no period to count in working days (the binder refuses it)"),
            _ => throw new InvalidOperationException($"unknown deadline kind {kind}"),
        },
        WorkingDayCounting.MoveToNextWorkingDay => Calendar.EndOfNextWorkingDayIfNotWorking(zone, unmoved),
        _ => throw new InvalidOperationException($"unknown working-day counting {Counting}"),
    };
}
