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
        ClockPlan? clock = null, ExtensionPlan[]? extensions = null, LegalDuration? ceiling = null)
        : base(index, sourceLine, calendar, inForceFromUtcTicks, inForceUntilUtcTicks)
    {
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

    /// <summary>The fast path reads first occurrences only: a clock or extensions need the judge.</summary>
    public bool IsPlain => Clock is null && Extensions.Length == 0;

    public override EventSelector Trigger => Anchor;

    public override IEnumerable<int> EventTypes => Targets.Select(t => t.EventType).Append(Anchor.EventType)
        .Concat(Clock?.Instants.Select(i => i.Event.EventType) ?? []).Concat(Extensions.Select(e => e.Authorisation.EventType));

    /// <summary>The completing event is of the trigger's own type ("each inspection within 30 days after each
    /// inspection"): an occurrence never completes itself, so only occurrences after the trigger's are candidates.</summary>
    public bool CompletesOwnType(EventSelector target) => target.EventType == Anchor.EventType;

    /// <summary>The latest permitted instant (a range when the trigger's time is a range).</summary>
    public TimeRange DeadlineFor(TimeRange trigger) => Kind switch
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
