namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// The one judge of minimum waiting times (<see cref="WaitPlan"/>): the earliest act may not come before the waiting time
/// has passed since the clock started. Too early is violated; no act yet is satisfied once the waiting time has passed
/// (nothing can come too early any more) and pending before.
/// </summary>
public static class WaitJudge
{
    public static Outcome Judge(WaitPlan plan, CaseRecord record, long asOf, ref EvaluationTrace trace)
    {
        if (!ClockJudge.TryStart(plan.Clock, plan.Anchor, plan.Calendar, record, asOf, ref trace, out var refused, out var start, out var startType, out var startOccurrence))
            return refused;
        trace.TriggerOccurrence = startOccurrence;
        if (plan.Clock is not null) trace.ClockEvent = startType;
        trace.HasTrigger = true;
        trace.Trigger = start;
        if (!SafeguardJudge.InForceAt(start, plan, ref trace, out var notInForce)) return notInForce;
        // The first instant the act may happen (a range when the start is imprecise): "Deadline" in the evidence.
        var permitted = new TimeRange(plan.Calendar.LatestPermittedAfter(start.EarliestUtcTicks, plan.Duration),
            plan.Calendar.LatestPermittedAfter(start.LatestUtcTicks, plan.Duration));
        trace.HasDeadline = true;
        trace.Deadline = permitted;

        var (act, actType, _) = EarliestCompletion.Find(plan.Targets, record, asOf, ownType: -1, ownIndex: -1, onlyAfterOwn: false);
        if (act < 0)
        {
            if (asOf >= permitted.LatestUtcTicks) return SafeguardJudge.Decide(ref trace, ReasonKind.NoActYet, Outcome.Satisfied);
            return SafeguardJudge.Decide(ref trace, ReasonKind.NoActYet, Outcome.Pending);
        }
        var occurrence = record.EventsByType[actType][act];
        trace.CompletingEvent = actType;
        trace.CompletingOccurrence = act;
        if (occurrence.TimeUnknown)
        {
            trace.MissingEvent = actType;
            return SafeguardJudge.Decide(ref trace, ReasonKind.CompletionTimeUnknown, Outcome.InsufficientData);
        }
        trace.CompletedAt = occurrence.Time;
        if (occurrence.Time.EarliestUtcTicks >= permitted.LatestUtcTicks) return SafeguardJudge.Decide(ref trace, ReasonKind.ActAfterWaiting, Outcome.Satisfied);
        if (occurrence.Time.LatestUtcTicks < permitted.EarliestUtcTicks) return SafeguardJudge.Decide(ref trace, ReasonKind.ActTooEarly, Outcome.Violated);
        return SafeguardJudge.Decide(ref trace, ReasonKind.ActTimingUncertain, Outcome.Indeterminate);
    }
}
