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
        switch (ClockJudge.Start(plan.Clock, plan.Anchor, plan.Calendar, record, asOf, out var start, out var startType, out var startOccurrence))
        {
            case ClockState.NotRecorded: return SafeguardJudge.Decide(ref trace, ReasonKind.TriggerNotRecorded, Outcome.NotApplicable);
            case ClockState.TimeUnknown:
                trace.MissingEvent = startType;
                return SafeguardJudge.Decide(ref trace, ReasonKind.TriggerTimeUnknown, Outcome.InsufficientData);
            case ClockState.Started: break;
        }
        trace.TriggerOccurrence = startOccurrence;
        if (plan.Clock is not null) trace.ClockEvent = startType;
        trace.HasTrigger = true;
        trace.Trigger = start;
        switch (InForce.Classify(start, plan.InForceFromUtcTicks, plan.InForceUntilUtcTicks))
        {
            case PeriodFit.Outside: return SafeguardJudge.Decide(ref trace, ReasonKind.LawNotInForce, Outcome.NotApplicable);
            case PeriodFit.Straddles: return SafeguardJudge.Decide(ref trace, ReasonKind.LawInForceUncertain, Outcome.Indeterminate);
            case PeriodFit.Inside: break;
        }
        // The first instant the act may happen (a range when the start is imprecise): "Deadline" in the evidence.
        var permitted = new TimeRange(plan.Calendar.LatestPermittedAfter(start.EarliestUtcTicks, plan.Duration),
            plan.Calendar.LatestPermittedAfter(start.LatestUtcTicks, plan.Duration));
        trace.HasDeadline = true;
        trace.Deadline = permitted;

        var (act, actType) = (-1, -1);
        foreach (var selector in plan.Targets)
        {
            var candidates = record.EventsByType[selector.EventType];
            var index = FilteredSelection.First(candidates, asOf, selector.FilterTable);
            if (index < 0) continue;
            if (candidates[index].TimeUnknown)
            {
                (act, actType) = (index, selector.EventType);
                break;
            }
            if (act < 0 || candidates[index].Time.EarliestUtcTicks < record.EventsByType[actType][act].Time.EarliestUtcTicks)
                (act, actType) = (index, selector.EventType);
        }
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
