using System.Collections.Immutable;

namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// "review within 6 hours after detained, repeated within 9 hours until released": the first occurrence of the target
/// is due within <see cref="First"/> after the trigger, each next one within <see cref="Interval"/> after the previous
/// one, until the first of <see cref="Ends"/> happens (StPO § 122(4): the review repeated at the latest every three
/// months, until a judgment or a release; an empty <see cref="Ends"/> never ends the measure). Each
/// occurrence is paired with the next, never with itself. Judged by <see cref="RecurringJudge"/>.
/// </summary>
public sealed class RecurringPlan : RequirementPlan
{
    public RecurringPlan(int index, int sourceLine, LegalCalendar calendar, long inForceFromUtcTicks, long inForceUntilUtcTicks,
        EventSelector target, EventSelector anchor, ClockPlan? clock, LegalDuration first, LegalDuration interval, EventSelector[] ends)
        : base(index, sourceLine, calendar, inForceFromUtcTicks, inForceUntilUtcTicks)
    {
        Target = target;
        Anchor = anchor;
        Clock = clock;
        First = first;
        Interval = interval;
        Ends = [.. ends];
    }

    public EventSelector Target { get; }

    public EventSelector Anchor { get; }

    public ClockPlan? Clock { get; }

    public LegalDuration First { get; }

    public LegalDuration Interval { get; }

    /// <summary>The events that end the measure (<c>until sentenced or released</c>): the first of them ends it.</summary>
    public ImmutableArray<EventSelector> Ends { get; }

    public override EventSelector Trigger => Anchor;

    public override IEnumerable<int> EventTypes =>
        new[] { Target.EventType, Anchor.EventType }.Concat(Clock?.Instants.Select(i => i.Event.EventType) ?? []).Concat(Ends.Select(e => e.EventType));

    public override T Accept<T>(IRequirementPlanVisitor<T> visitor) => visitor.VisitRecurring(this);

    public override Outcome Judge(CaseRecord record, long asOf, ref EvaluationTrace trace) => RecurringJudge.Judge(this, record, asOf, ref trace);
}
