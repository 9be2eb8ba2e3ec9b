namespace Safeguards.Runtime.CompilerServices;

/// <summary>"at most 2 returned_for_checks": at most <see cref="Maximum"/> occurrences of the target; with an
/// anchor, only those after the anchor's first occurrence count, and the anchor's time decides the law
/// version. Judged by <see cref="CountJudge"/>.</summary>
public sealed class CountPlan(int index, int sourceLine, LegalCalendar calendar, long inForceFromUtcTicks, long inForceUntilUtcTicks,
    int maximum, EventSelector target, EventSelector? anchor)
    : RequirementPlan(index, sourceLine, calendar, inForceFromUtcTicks, inForceUntilUtcTicks)
{
    public int Maximum { get; } = maximum;

    public EventSelector Target { get; } = target;

    public EventSelector? Anchor { get; } = anchor;

    public override EventSelector? Trigger => Anchor;

    public override IEnumerable<int> EventTypes => Anchor is null ? [Target.EventType] : [Target.EventType, Anchor.EventType];

    public override T Accept<T>(IRequirementPlanVisitor<T> visitor) => visitor.VisitCount(this);

    public override Outcome Judge(CaseRecord record, long asOf, ref EvaluationTrace trace) => CountJudge.Judge(this, record, asOf, ref trace);
}
