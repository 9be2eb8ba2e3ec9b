namespace Safeguards.Runtime;

/// <summary>The verdict on one trigger occurrence and its completing occurrence (if any), with the
/// evidence: used by the rich path of compiled packs. (The interpreter has its own version, and the
/// generated fast path its own inline one; the differential tests compare them.)</summary>
public static class DeadlineJudge
{
    /// <param name="target">The completing occurrence's index in its event type, or -1.</param>
    /// <param name="targetTimeUnknown">The completing occurrence is recorded without a time.</param>
    public static Outcome Judge(DeadlineRule rule, CaseRecord record, in EventOccurrence anchor, int anchorIndex,
        int target, int targetType, bool targetTimeUnknown, long asOf, ref EvaluationTrace trace)
    {
        trace.TriggerOccurrence = anchorIndex;
        if (anchor.TimeUnknown)
        {
            trace.MissingEvent = rule.AnchorEvent;
            trace.Reason = ReasonKind.TriggerTimeUnknown;
            return Outcome.InsufficientData;
        }
        trace.HasTrigger = true;
        trace.Trigger = anchor.Time;
        switch (InForce.Classify(anchor.Time, rule.InForceFromUtcTicks, rule.InForceUntilUtcTicks))
        {
            case PeriodFit.Outside:
                trace.Reason = ReasonKind.LawNotInForce;
                return Outcome.NotApplicable;
            case PeriodFit.Straddles:
                trace.Reason = ReasonKind.LawInForceUncertain;
                return Outcome.Indeterminate;
        }
        trace.HasDeadline = true;
        trace.Deadline = rule.DeadlineFor(anchor.Time);
        if (target >= 0)
        {
            trace.CompletingEvent = targetType;
            trace.CompletingOccurrence = target;
            if (targetTimeUnknown)
            {
                trace.MissingEvent = targetType;
                trace.Reason = ReasonKind.CompletionTimeUnknown;
                return Outcome.InsufficientData;
            }
            trace.CompletedAt = record.EventsByType[targetType][target].Time;
        }
        var outcome = Runtime.Judge.Completion(trace.Deadline, target >= 0, trace.CompletedAt, asOf);
        trace.Reason = outcome switch
        {
            Outcome.Satisfied => ReasonKind.CompletedInTime,
            Outcome.Violated => target >= 0 ? ReasonKind.CompletedLate : ReasonKind.Overdue,
            Outcome.Pending => ReasonKind.NotYetDue,
            _ => target >= 0 ? ReasonKind.CompletionUncertain : ReasonKind.DueUncertain,
        };
        return outcome;
    }
}
