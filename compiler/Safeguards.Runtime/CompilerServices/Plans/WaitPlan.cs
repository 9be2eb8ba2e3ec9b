using System.Collections.Immutable;

namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// "hearing where lawyer is absent not before 2 hours after lawyer_notified": a minimum waiting time, where an act that
/// comes too early is the violation (CPP art. 63-4-2). The earliest of <see cref="Targets"/> is judged: if it waited
/// long enough, every later one did. Judged by <see cref="WaitJudge"/>.
/// </summary>
public sealed class WaitPlan : RequirementPlan
{
    public WaitPlan(int index, int sourceLine, LegalCalendar calendar, long inForceFromUtcTicks, long inForceUntilUtcTicks,
        EventSelector[] targets, EventSelector anchor, ClockPlan? clock, LegalDuration duration)
        : base(index, sourceLine, calendar, inForceFromUtcTicks, inForceUntilUtcTicks)
    {
        if (targets.Length == 0) throw new ArgumentException("a waiting time needs an act", nameof(targets));
        Targets = [.. targets];
        Anchor = anchor;
        Clock = clock;
        Duration = duration;
    }

    public ImmutableArray<EventSelector> Targets { get; }

    public EventSelector Anchor { get; }

    public ClockPlan? Clock { get; }

    public LegalDuration Duration { get; }

    public override EventSelector Trigger => Anchor;

    public override IEnumerable<int> EventTypes =>
        Targets.Select(t => t.EventType).Append(Anchor.EventType).Concat(Clock?.Instants.Select(i => i.Event.EventType) ?? []);

    public override T Accept<T>(IRequirementPlanVisitor<T> visitor) => visitor.VisitWait(this);

    public override Outcome Judge(CaseRecord record, long asOf, ref EvaluationTrace trace) => WaitJudge.Judge(this, record, asOf, ref trace);
}
