namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// The one judge of recurring deadlines (<see cref="RecurringPlan"/>): the first occurrence is due within the first
/// limit after the clock's start, each next occurrence within the interval after the one before (never paired with
/// itself), until the end event. Every interval is judged with <see cref="Judge.Completion"/>; the finding is the worst
/// interval's, with the number of late ones.
/// </summary>
public static class RecurringJudge
{
    public static Outcome Judge(RecurringPlan plan, CaseRecord record, long asOf, ref EvaluationTrace trace)
    {
        if (!ClockJudge.TryStart(plan.Clock, plan.Anchor, plan.Calendar, record, asOf, ref trace, out var refused, out var start, out var startType, out var startOccurrence))
            return refused;
        switch (InForce.Classify(start, plan.InForceFromUtcTicks, plan.InForceUntilUtcTicks))
        {
            case PeriodFit.Outside:
                trace.HasTrigger = true;
                trace.Trigger = start;
                return SafeguardJudge.Decide(ref trace, ReasonKind.LawNotInForce, Outcome.NotApplicable);
            case PeriodFit.Straddles:
                trace.HasTrigger = true;
                trace.Trigger = start;
                return SafeguardJudge.Decide(ref trace, ReasonKind.LawInForceUncertain, Outcome.Indeterminate);
            case PeriodFit.Inside: break;
        }

        var calendar = plan.Calendar;
        var occurrences = record.EventsByType[plan.Target.EventType];
        var filters = plan.Target.FilterTable;
        // The end of the measure: the first of its end events that may lie after the start.
        var end = MeasureEnd.First(plan.Ends, record, asOf, start, out var endType);

        if (end is { } measureEnd)
        {
            trace.HasEnd = true;
            trace.End = measureEnd;
            trace.EndEvent = endType;
        }
        var blank = trace;
        var worst = Outcome.NotApplicable;
        var (any, late) = (false, 0);
        var previous = start;
        var (previousType, previousOccurrence) = (plan.Clock is null ? -1 : startType, startOccurrence);
        var deadline = new TimeRange(calendar.LatestPermittedAfter(start.EarliestUtcTicks, plan.First), calendar.LatestPermittedAfter(start.LatestUtcTicks, plan.First));
        // The occurrences after the one that completed the previous interval; when the trigger is an occurrence of the
        // target's own type ("each review within 3 months after the previous review"), it never completes itself.
        var next = plan.Clock is null && plan.Anchor.EventType == plan.Target.EventType ? startOccurrence : -1;
        for (var interval = 1; ; interval++)
        {
            // The measure ended before this interval's limit: nothing more was due.
            if (end is { } ended && ended.LatestUtcTicks <= deadline.EarliestUtcTicks) break;
            var candidate = FilteredSelection.NextFrom(occurrences, next + 1, asOf, filters);
            // Skip what lies wholly before the previous occurrence (or the start): it cannot complete this interval.
            while (candidate >= 0 && !occurrences[candidate].TimeUnknown && occurrences[candidate].Time.LatestUtcTicks < previous.EarliestUtcTicks)
                candidate = FilteredSelection.NextFrom(occurrences, candidate + 1, asOf, filters);
            if (candidate >= 0 && end is { } over && !occurrences[candidate].TimeUnknown && occurrences[candidate].Time.EarliestUtcTicks > over.LatestUtcTicks)
                candidate = -1; // after the measure ended: it does not count

            var current = blank;
            current.Interval = interval;
            current.HasTrigger = true;
            current.Trigger = previous;
            current.TriggerOccurrence = previousOccurrence;
            current.ClockEvent = previousType;
            current.HasDeadline = true;
            current.Deadline = deadline;
            Outcome outcome;
            if (candidate < 0)
            {
                // Nothing completed this interval: overdue once the limit passed while the measure went on.
                outcome = Overdue(deadline, end, asOf);
                current.Reason = outcome switch
                {
                    Outcome.Violated => ReasonKind.Overdue,
                    Outcome.Pending => ReasonKind.NotYetDue,
                    _ => ReasonKind.DueUncertain,
                };
            }
            else
            {
                current.CompletingEvent = plan.Target.EventType;
                current.CompletingOccurrence = candidate;
                if (occurrences[candidate].TimeUnknown)
                {
                    current.MissingEvent = plan.Target.EventType;
                    current.Reason = ReasonKind.CompletionTimeUnknown;
                    outcome = Outcome.InsufficientData;
                }
                else
                {
                    current.CompletedAt = occurrences[candidate].Time;
                    outcome = CompilerServices.Judge.Completion(deadline, true, current.CompletedAt, asOf);
                    current.Reason = outcome switch
                    {
                        Outcome.Satisfied => ReasonKind.CompletedInTime,
                        Outcome.Violated => ReasonKind.CompletedLate,
                        _ => ReasonKind.CompletionUncertain,
                    };
                }
            }
            if (outcome == Outcome.Violated) late++;
            if (!any || OutcomeNames.Rank(outcome) > OutcomeNames.Rank(worst))
            {
                worst = outcome;
                trace = current;
                any = true;
            }
            if (candidate < 0 || occurrences[candidate].TimeUnknown) break;
            // The next interval runs from this occurrence: each is paired with the next, never with itself.
            previous = occurrences[candidate].Time;
            (previousType, previousOccurrence) = (plan.Target.EventType, candidate);
            next = candidate;
            deadline = new TimeRange(calendar.LatestPermittedAfter(previous.EarliestUtcTicks, plan.Interval), calendar.LatestPermittedAfter(previous.LatestUtcTicks, plan.Interval));
        }
        if (!any)
        {
            // The measure ended before the first limit: nothing was due.
            trace.HasTrigger = true;
            trace.Trigger = start;
            return SafeguardJudge.Decide(ref trace, ReasonKind.MeasureEnded, Outcome.Satisfied);
        }
        trace.LateIntervals = late;
        return worst;
    }

    /// <summary>An interval that nothing completed. Its measure may have ended while the limit ran: an end before the
    /// limit is as good as the act (nothing was due), one after it leaves the limit overdue; an end whose imprecise time
    /// straddles the limit leaves it open (it was taken as the earliest possible end before, which made a limit
    /// that was certainly due read as pending).</summary>
    private static Outcome Overdue(TimeRange deadline, TimeRange? end, long asOf)
    {
        if (end is not { } stop || stop.EarliestUtcTicks > asOf) return CompilerServices.Judge.Completion(deadline, false, default, asOf);
        if (stop.LatestUtcTicks <= asOf) return CompilerServices.Judge.Completion(deadline, true, stop, asOf);
        // The end may still be ahead of the reference time: it ended by then, or the measure goes on.
        var ended = CompilerServices.Judge.Completion(deadline, true, new TimeRange(stop.EarliestUtcTicks, asOf), asOf);
        var goesOn = CompilerServices.Judge.Completion(deadline, false, default, asOf);
        // Not due yet either way: still pending (whether the end came first or not, nothing is late).
        if (goesOn == Outcome.Pending) return Outcome.Pending;
        return ended == goesOn ? ended : Outcome.Indeterminate;
    }
}
