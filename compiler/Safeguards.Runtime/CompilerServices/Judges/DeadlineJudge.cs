namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// The one judge of deadline requirements: selects the trigger occurrence(s) and the completing occurrence
/// of each, then decides each pair (<see cref="JudgePair"/>) with <see cref="CompilerServices.Judge.Completion"/>.
/// The interpreter and the evidence-keeping path of compiled packs call it; the generated fast path is a
/// specialisation of <see cref="JudgePair"/> over first occurrences, held to it by the differential tests.
/// </summary>
public static class DeadlineJudge
{
    public static Outcome Judge(DeadlinePlan plan, CaseRecord record, long asOf, ref EvaluationTrace trace) =>
        plan.Each ? JudgeEach(plan, record, asOf, ref trace) : JudgeFirst(plan, record, asOf, ref trace);

    /// <summary>The first trigger occurrence and the earliest completing occurrence of any target type.</summary>
    private static Outcome JudgeFirst(DeadlinePlan plan, CaseRecord record, long asOf, ref EvaluationTrace trace)
    {
        if (plan.Clock is not null) return JudgeClock(plan, record, asOf, ref trace);
        var anchors = record.EventsByType[plan.Anchor.EventType];
        var anchor = FilteredSelection.First(anchors, asOf, plan.Anchor.FilterTable);
        if (anchor < 0) return SafeguardJudge.Decide(ref trace, ReasonKind.TriggerNotRecorded, Outcome.NotApplicable);

        // Of the trigger's own type only later occurrences complete it (an occurrence never completes itself).
        var (target, targetType, unknown) = EarliestCompletion.Find(plan.Targets, record, asOf, plan.Anchor.EventType, anchor, onlyAfterOwn: true);
        return JudgePair(plan, record, anchors[anchor], anchor, target, targetType, unknown, asOf, ref trace);
    }

    /// <summary>Every trigger occurrence with its own completing occurrence: by reference, or the first unused one
    /// in order. The finding is the worst pair's.</summary>
    private static Outcome JudgeEach(DeadlinePlan plan, CaseRecord record, long asOf, ref EvaluationTrace trace)
    {
        var anchors = record.EventsByType[plan.Anchor.EventType];
        var targets = plan.Targets;
        // One bit set per completing event type, one bit per occurrence (a single 64-bit word let an
        // occurrence beyond the 64th be paired with several triggers).
        Span<int> offsets = stackalloc int[targets.Length + 1];
        for (var t = 0; t < targets.Length; t++)
            offsets[t + 1] = offsets[t] + FilteredSelection.UsedWords(record.EventsByType[targets[t].EventType]);
        var words = offsets[targets.Length];
        Span<ulong> used = words <= 16 ? stackalloc ulong[16] : new ulong[words];
        used.Clear();
        var worst = Outcome.NotApplicable;
        var any = false;
        var initial = trace; // every pair starts from the requirement's blank trace
        var anchorFilters = plan.Anchor.FilterTable;
        for (var a = FilteredSelection.First(anchors, asOf, anchorFilters); a >= 0; a = FilteredSelection.NextFrom(anchors, a + 1, asOf, anchorFilters))
        {
            var (target, targetType, targetSlot, unknown) = (-1, -1, -1, false);
            for (var t = 0; t < targets.Length; t++)
            {
                var candidates = record.EventsByType[targets[t].EventType];
                var self = plan.CompletesOwnType(targets[t]) ? a : -1;
                var index = plan.PairByReference
                    ? FilteredSelection.FirstReferring(candidates, a, asOf, targets[t].FilterTable, self)
                    : FilteredSelection.FirstUnusedFrom(candidates, anchors[a].Time.EarliestUtcTicks, asOf, targets[t].FilterTable, used[offsets[t]..offsets[t + 1]], self);
                if (index < 0) continue;
                if (candidates[index].TimeUnknown)
                {
                    (target, targetType, targetSlot, unknown) = (index, targets[t].EventType, t, true);
                    break;
                }
                if (target < 0 || candidates[index].Time.EarliestUtcTicks < record.EventsByType[targetType][target].Time.EarliestUtcTicks)
                    (target, targetType, targetSlot) = (index, targets[t].EventType, t);
            }
            if (targetSlot >= 0) FilteredSelection.MarkUsed(used[offsets[targetSlot]..offsets[targetSlot + 1]], target);

            var pairTrace = initial;
            var outcome = JudgePair(plan, record, anchors[a], a, target, targetType, unknown, asOf, ref pairTrace);
            if (!any || OutcomeNames.Rank(outcome) > OutcomeNames.Rank(worst))
            {
                worst = outcome;
                trace = pairTrace;
                any = true;
            }
        }
        return any ? worst : SafeguardJudge.Decide(ref trace, ReasonKind.TriggerNotRecorded, Outcome.NotApplicable);
    }

    /// <summary>A clock that starts at the earliest (latest) of several instants, and the earliest completing occurrence.</summary>
    private static Outcome JudgeClock(DeadlinePlan plan, CaseRecord record, long asOf, ref EvaluationTrace trace)
    {
        if (!ClockJudge.TryStart(plan.Clock, plan.Anchor, plan.Calendar, record, asOf, ref trace, out var refused, out var start, out var startType, out var startOccurrence))
            return refused;
        trace.ClockEvent = startType;
        // An instant of the clock does not complete it ("released" is not "apprehended").
        var (target, targetType, unknown) = EarliestCompletion.Find(plan.Targets, record, asOf, startType, startOccurrence, onlyAfterOwn: false);
        return JudgeTrigger(plan, record, start, startOccurrence, target, targetType, unknown, asOf, ref trace);
    }

    /// <summary>The verdict on one trigger occurrence and its completing occurrence (if any), with the evidence.</summary>
    /// <param name="target">The completing occurrence's index in its event type, or -1.</param>
    /// <param name="targetTimeUnknown">The completing occurrence is recorded without a time.</param>
    public static Outcome JudgePair(DeadlinePlan plan, CaseRecord record, in EventOccurrence anchor, int anchorIndex,
        int target, int targetType, bool targetTimeUnknown, long asOf, ref EvaluationTrace trace)
    {
        trace.TriggerOccurrence = anchorIndex;
        trace.TriggerOccurrenceType = plan.Anchor.EventType;
        // A record that relates the two times may decide the deadline on their difference, whatever each time alone
        // (a deadline that extensions may move is left to the ranges).
        // Working days are counted on the calendar's dates, which the difference alone does not know.
        var byDifference = target >= 0 && plan.Extensions.Length == 0 && plan.WorkingDays is null && record.Network is { Relations.Count: > 0 } network
            ? ByDifference(plan, network, anchor, anchorIndex, target, targetType, ref trace)
            : null;
        if (anchor.TimeUnknown)
        {
            // Without the trigger's time, only a law in force at every time can be applied.
            if (byDifference is { } certain && InForce.Classify(TimeRange.Unbounded, plan.InForceFromUtcTicks, plan.InForceUntilUtcTicks) == PeriodFit.Inside)
                return Completed(ref trace, record, targetType, target, certain);
            trace.ByDifference = false;
            trace.MissingEvent = plan.Anchor.EventType;
            return SafeguardJudge.Decide(ref trace, ReasonKind.TriggerTimeUnknown, Outcome.InsufficientData);
        }
        return JudgeTrigger(plan, record, anchor.Time, anchorIndex, target, targetType, targetTimeUnknown, asOf, ref trace, byDifference);
    }

    /// <summary>The verdict once the clock's start is known (an occurrence's time, or a clock's instant).</summary>
    /// <param name="byDifference">The verdict on completion − trigger when the record's relations decide it.</param>
    private static Outcome JudgeTrigger(DeadlinePlan plan, CaseRecord record, TimeRange trigger, int anchorIndex,
        int target, int targetType, bool targetTimeUnknown, long asOf, ref EvaluationTrace trace, Outcome? byDifference = null)
    {
        trace.TriggerOccurrence = anchorIndex;
        trace.HasTrigger = true;
        trace.Trigger = trigger;
        if (!SafeguardJudge.InForceAt(trigger, plan, ref trace, out var notInForce))
        {
            trace.ByDifference = false; // the difference judged a law that does not apply
            return notInForce;
        }

        trace.HasDeadline = true;
        trace.Deadline = plan.DeadlineFor(trigger);
        if (plan.WorkingDays is { } workingDays)
        {
            trace.WorkingDays = workingDays;
            if (workingDays.Counting == WorkingDayCounting.MoveToNextWorkingDay) trace.UnmovedDeadline = plan.CalendarDeadlineFor(trigger);
        }
        if (plan.Extensions.Length > 0) trace.Deadline = ExtensionJudge.Extend(plan, record, asOf, trigger, trace.Deadline, ref trace);
        if (target >= 0)
        {
            trace.CompletingEvent = targetType;
            trace.CompletingOccurrence = target;
            if (targetTimeUnknown)
            {
                if (byDifference is { } certain) return Completed(ref trace, record, targetType, target, certain);
                trace.MissingEvent = targetType;
                return SafeguardJudge.Decide(ref trace, ReasonKind.CompletionTimeUnknown, Outcome.InsufficientData);
            }
            trace.CompletedAt = record.EventsByType[targetType][target].Time;
        }
        var outcome = CompilerServices.Judge.Completion(trace.Deadline, target >= 0, trace.CompletedAt, asOf);
        if (outcome == Outcome.Indeterminate && byDifference is { } decided)
            outcome = decided;
        else
            trace.ByDifference = false; // the ranges decided (alike where both do): the usual evidence says why
        trace.Reason = outcome switch
        {
            Outcome.Satisfied => ReasonKind.CompletedInTime,
            Outcome.Violated => target >= 0 ? ReasonKind.CompletedLate : ReasonKind.Overdue,
            Outcome.Pending => ReasonKind.NotYetDue,
            Outcome.Indeterminate => target >= 0 ? ReasonKind.CompletionUncertain : ReasonKind.DueUncertain,
            Outcome.NotApplicable or Outcome.InsufficientData => throw new InvalidOperationException($"a completion is never {outcome}"),
            _ => throw new InvalidOperationException($"unknown outcome {outcome}"),
        };
        return outcome;
    }

    /// <summary>The verdict on completion − trigger, with the bounds in the trace; null when they leave it open.</summary>
    private static Outcome? ByDifference(DeadlinePlan plan, TemporalNetwork network, in EventOccurrence anchor, int anchorIndex,
        int target, int targetType, ref EvaluationTrace trace)
    {
        var a = network.EventOf(plan.Anchor.EventType, anchorIndex);
        var b = network.EventOf(targetType, target);
        var difference = network.EventDifferenceBounds(a, b);
        var decided = DeadlineByDifference.Decide(plan, difference, network.DayOffset(a, b), anchor.Time, anchor.TimeUnknown, out var margin);
        if (decided is null) return null;
        trace.ByDifference = true;
        trace.DifferenceMargin = margin ?? long.MinValue;
        return decided;
    }

    private static Outcome Completed(ref EvaluationTrace trace, CaseRecord record, int targetType, int target, Outcome outcome)
    {
        trace.CompletingEvent = targetType;
        trace.CompletingOccurrence = target;
        trace.CompletedAt = record.EventsByType[targetType][target].Time;
        return SafeguardJudge.Decide(ref trace, outcome == Outcome.Satisfied ? ReasonKind.CompletedInTime : ReasonKind.CompletedLate, outcome);
    }
}
