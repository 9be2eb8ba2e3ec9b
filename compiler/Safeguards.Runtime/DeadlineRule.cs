namespace Safeguards.Runtime;

/// <summary>How a deadline is set from its trigger (the language's "within … after", "no later than …
/// before", "immediately after", "before").</summary>
public enum DeadlineKind : byte
{
    WithinAfter,
    NoLaterThanBefore,
    ImmediatelyAfter,
    Before,
}

/// <summary>The constants of one deadline requirement, created once by a compiled pack, so that the
/// judgement of each trigger (<see cref="DeadlineJudge"/>) is shared code rather than generated per rule.</summary>
public sealed class DeadlineRule(int anchorEvent, DeadlineKind kind, LegalDuration duration, LegalCalendar calendar,
    long inForceFromUtcTicks, long inForceUntilUtcTicks)
{
    public int AnchorEvent { get; } = anchorEvent;
    public DeadlineKind Kind { get; } = kind;
    public LegalDuration Duration { get; } = duration;
    public LegalCalendar Calendar { get; } = calendar;
    public long InForceFromUtcTicks { get; } = inForceFromUtcTicks;
    public long InForceUntilUtcTicks { get; } = inForceUntilUtcTicks;

    public TimeRange DeadlineFor(TimeRange trigger) => Kind switch
    {
        DeadlineKind.WithinAfter => Judge.DeadlineAfter(Calendar, trigger, Duration),
        DeadlineKind.NoLaterThanBefore => Judge.DeadlineBefore(Calendar, trigger, Duration),
        DeadlineKind.ImmediatelyAfter => Judge.DeadlineEndOfDay(Calendar, trigger),
        _ => trigger,
    };
}
