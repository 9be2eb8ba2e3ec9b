namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// One <c>requires</c> clause, lowered: constant rule data and nothing of the syntax. The hierarchy is
/// closed (only this assembly derives from it), and every kind is decided by its own judge through
/// <see cref="Judge"/>. Adding a kind means adding a method to <see cref="IRequirementPlanVisitor{T}"/>, so
/// the build fails at every place that must handle it: lowering, code generation, printing, coverage.
/// </summary>
public abstract class RequirementPlan
{
    private protected RequirementPlan(int index, int sourceLine, LegalCalendar calendar, long inForceFromUtcTicks, long inForceUntilUtcTicks)
    {
        Index = index;
        SourceLine = sourceLine;
        Calendar = calendar;
        InForceFromUtcTicks = inForceFromUtcTicks;
        InForceUntilUtcTicks = inForceUntilUtcTicks;
    }

    /// <summary>The position of the clause in its safeguard (the finding's requirement).</summary>
    public int Index { get; }

    /// <summary>The clause's line in its rule file (1-based), or -1: where a debugger and the printed plan point.</summary>
    public int SourceLine { get; }

    /// <summary>The safeguard pack's calendar: its zone and how months are counted.</summary>
    public LegalCalendar Calendar { get; }

    /// <summary>The period the safeguard is in force, as UTC ticks; open ends are long.MinValue and long.MaxValue.</summary>
    public long InForceFromUtcTicks { get; }

    public long InForceUntilUtcTicks { get; }

    public bool LimitedInTime => InForceFromUtcTicks != long.MinValue || InForceUntilUtcTicks != long.MaxValue;

    /// <summary>The trigger whose absence makes the requirement not applicable, if it has one.</summary>
    public abstract EventSelector? Trigger { get; }

    /// <summary>Every event type the requirement reads.</summary>
    public abstract IEnumerable<int> EventTypes { get; }

    public abstract T Accept<T>(IRequirementPlanVisitor<T> visitor);

    /// <summary>The verdict on one record, with the evidence in <paramref name="trace"/>: the kind's one judge.</summary>
    public abstract Outcome Judge(CaseRecord record, long asOf, ref EvaluationTrace trace);
}

/// <summary>One method per requirement kind: a new kind fails to compile in every visitor until it is handled.</summary>
public interface IRequirementPlanVisitor<out T>
{
    T VisitDeadline(DeadlinePlan deadline);

    T VisitCount(CountPlan count);

    T VisitRecurring(RecurringPlan recurring);

    T VisitWait(WaitPlan wait);
}
