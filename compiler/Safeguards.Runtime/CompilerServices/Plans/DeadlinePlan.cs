using System.Collections.Immutable;

namespace Safeguards.Runtime.CompilerServices;

/// <summary>How a deadline is set from its trigger: the language's "within … after", "no later than …
/// before", "immediately after" and "before".</summary>
public enum DeadlineKind : byte
{
    WithinAfter,
    NoLaterThanBefore,
    ImmediatelyAfter,
    Before,
}

/// <summary>"registered within 3 hours after apprehended": the completing event (the earliest of
/// <see cref="Targets"/>) must happen in time relative to the trigger. With <see cref="Each"/>, every trigger
/// occurrence is paired with its own completing occurrence, by reference or in order. Judged by
/// <see cref="DeadlineJudge"/>.</summary>
public sealed class DeadlinePlan : RequirementPlan
{
    public DeadlinePlan(int index, int sourceLine, LegalCalendar calendar, long inForceFromUtcTicks, long inForceUntilUtcTicks,
        EventSelector[] targets, EventSelector anchor, DeadlineKind kind, LegalDuration duration, bool each, bool pairByReference,
        ClockPlan? clock = null, ExtensionPlan[]? extensions = null, LegalDuration? ceiling = null, WorkingDayRule? workingDays = null)
        : base(index, sourceLine, calendar, inForceFromUtcTicks, inForceUntilUtcTicks)
    {
        if (workingDays is not null) CheckWorkingDays(workingDays, kind, duration, extensions);
        WorkingDays = workingDays;
        if (each && clock is not null) throw new ArgumentException("a clock starts once; it is not paired occurrence by occurrence", nameof(clock));
        Clock = clock;
        Extensions = [.. extensions ?? []];
        Ceiling = ceiling;
        if (targets.Length == 0) throw new ArgumentException("a deadline needs a completing event", nameof(targets));
        Targets = [.. targets];
        Anchor = anchor;
        Kind = kind;
        Duration = duration;
        Each = each;
        PairByReference = pairByReference;
    }

    // The binder refuses these combinations (SG3025-SG3028); a plan built in code gets the same answer as an exception.
    private static void CheckWorkingDays(WorkingDayRule rule, DeadlineKind kind, LegalDuration duration, ExtensionPlan[]? extensions)
    {
        if (extensions is { Length: > 0 }) throw new ArgumentException("a limit that extensions move is not counted in working days", nameof(extensions));
        var fits = rule.Counting == WorkingDayCounting.CountWorkingDays
            ? kind is DeadlineKind.WithinAfter or DeadlineKind.NoLaterThanBefore && duration.Unit == DurationUnit.Days && duration.Amount >= 0
            : kind == DeadlineKind.WithinAfter && duration.Family != DurationFamily.Exact;
        if (!fits) throw new ArgumentException($"{rule.Counting} does not apply to '{kind}' with {duration}", nameof(rule));
    }

    public ImmutableArray<EventSelector> Targets { get; }

    public EventSelector Anchor { get; }

    public DeadlineKind Kind { get; }

    /// <summary>The period; meaningless (default) for <see cref="DeadlineKind.ImmediatelyAfter"/> and <see cref="DeadlineKind.Before"/>.</summary>
    public LegalDuration Duration { get; }

    public bool Each { get; }

    public bool PairByReference { get; }

    /// <summary>The instant the clock starts at, when it is the earliest or latest of several; null for <see cref="Anchor"/>'s first occurrence.</summary>
    public ClockPlan? Clock { get; }

    /// <summary>What extends the limit (applied in time order by <see cref="ExtensionJudge"/>).</summary>
    public ImmutableArray<ExtensionPlan> Extensions { get; }

    /// <summary>The longest the limit may run with every extension, from the clock's start.</summary>
    public LegalDuration? Ceiling { get; }

    /// <summary>The working-day calendar the period is counted in, or the one its end moves in; null for a period in
    /// calendar units alone (language.md, "Working days").</summary>
    public WorkingDayRule? WorkingDays { get; }

    /// <summary>The fast path reads first occurrences only: a clock or extensions need the judge.</summary>
    public bool IsPlain => Clock is null && Extensions.Length == 0;

    public override EventSelector Trigger => Anchor;

    public override IEnumerable<int> EventTypes => Targets.Select(t => t.EventType).Append(Anchor.EventType)
        .Concat(Clock?.Instants.Select(i => i.Event.EventType) ?? []).Concat(Extensions.Select(e => e.Authorisation.EventType));

    /// <summary>The completing event is of the trigger's own type ("each inspection within 30 days after each
    /// inspection"): an occurrence never completes itself, so only occurrences after the trigger's are candidates.</summary>
    public bool CompletesOwnType(EventSelector target) => target.EventType == Anchor.EventType;

    /// <summary>The latest permitted instant (a range when the trigger's time is a range).</summary>
    public TimeRange DeadlineFor(TimeRange trigger)
    {
        if (WorkingDays is not { } rule) return CalendarDeadlineFor(trigger);
        var unmoved = rule.Counting == WorkingDayCounting.MoveToNextWorkingDay ? CalendarDeadlineFor(trigger) : default;
        return new TimeRange(rule.Apply(Calendar, Kind, trigger.EarliestUtcTicks, Duration.Amount, unmoved.EarliestUtcTicks),
            rule.Apply(Calendar, Kind, trigger.LatestUtcTicks, Duration.Amount, unmoved.LatestUtcTicks));
    }

    /// <summary>The latest permitted instant in calendar units alone, before any working-day rule: where a period
    /// "moved to the next working day" would have ended.</summary>
    internal TimeRange CalendarDeadlineFor(TimeRange trigger) => Kind switch
    {
        DeadlineKind.WithinAfter => CompilerServices.Judge.DeadlineAfter(Calendar, trigger, Duration),
        DeadlineKind.NoLaterThanBefore => CompilerServices.Judge.DeadlineBefore(Calendar, trigger, Duration),
        DeadlineKind.ImmediatelyAfter => CompilerServices.Judge.DeadlineEndOfDay(Calendar, trigger),
        DeadlineKind.Before => trigger,
        _ => throw new InvalidOperationException($"unknown deadline kind {Kind}"),
    };

    public override T Accept<T>(IRequirementPlanVisitor<T> visitor) => visitor.VisitDeadline(this);

    public override Outcome Judge(CaseRecord record, long asOf, ref EvaluationTrace trace) => DeadlineJudge.Judge(this, record, asOf, ref trace);
}
