namespace Safeguards.Runtime.CompilerServices;

/// <summary>The one judge of count requirements ("at most 2 returned_for_checks", "at most 0 reconciliation
/// after charged_torture"): counts the occurrences that certainly and that possibly count.</summary>
public static class CountJudge
{
    public static Outcome Judge(CountPlan plan, CaseRecord record, long asOf, ref EvaluationTrace trace)
    {
        var occurrences = record.EventsByType[plan.Target.EventType];
        var filters = plan.Target.FilterTable;
        int certain = 0, possible = 0, maybeLater = 0;
        if (plan.Anchor is { } anchorSelector)
        {
            // Counted after a trigger: the trigger's time decides the law version, as for deadlines.
            var anchors = record.EventsByType[anchorSelector.EventType];
            var a = FilteredSelection.First(anchors, asOf, anchorSelector.FilterTable);
            if (a < 0) return SafeguardJudge.Decide(ref trace, ReasonKind.TriggerNotRecorded, Outcome.NotApplicable);
            trace.TriggerOccurrence = a;
            trace.TriggerOccurrenceType = anchorSelector.EventType;
            // A record that relates the occurrences to the trigger ("the day after", "17 hours after") may say which
            // side of it each fell on, whatever each time alone: the order is judged on their difference.
            var network = record.Network is { Relations.Count: > 0 } n ? n : null;
            var anchorTimeUnknown = anchors[a].TimeUnknown;
            if (anchorTimeUnknown && (network is null || InForce.Classify(TimeRange.Unbounded, plan.InForceFromUtcTicks, plan.InForceUntilUtcTicks) != PeriodFit.Inside))
            {
                trace.MissingEvent = anchorSelector.EventType;
                return SafeguardJudge.Decide(ref trace, ReasonKind.TriggerTimeUnknown, Outcome.InsufficientData);
            }
            var trigger = anchorTimeUnknown ? TimeRange.Unbounded : anchors[a].Time;
            if (!anchorTimeUnknown)
            {
                trace.HasTrigger = true;
                trace.Trigger = trigger;
                if (!SafeguardJudge.InForceAt(trigger, plan, ref trace, out var notInForce)) return notInForce;
            }
            for (var i = FilteredSelection.First(occurrences, asOf, filters); i >= 0; i = FilteredSelection.NextFrom(occurrences, i + 1, asOf, filters))
            {
                switch (SideOfTrigger(occurrences[i], trigger, network, anchorSelector.EventType, a, plan.Target.EventType, i))
                {
                    // Certain only when it certainly fell after the trigger and had certainly happened by the reference
                    // time ("unknown" says it happened).
                    case Side.After when occurrences[i].TimeUnknown || occurrences[i].Time.LatestUtcTicks <= asOf: certain++; break;
                    case Side.After: possible++; maybeLater++; break;
                    case Side.Either: possible++; break;
                    case Side.Before: break;
                }
            }
            if (anchorTimeUnknown && possible > 0)
            {
                // The relations left some occurrence on either side of a trigger whose time is not recorded.
                trace.MissingEvent = anchorSelector.EventType;
                return SafeguardJudge.Decide(ref trace, ReasonKind.TriggerTimeUnknown, Outcome.InsufficientData);
            }
        }
        else
        {
            var outside = -1;
            for (var i = FilteredSelection.First(occurrences, asOf, filters); i >= 0; i = FilteredSelection.NextFrom(occurrences, i + 1, asOf, filters))
            {
                switch (InForce.Classify(occurrences[i].Time, plan.InForceFromUtcTicks, plan.InForceUntilUtcTicks))
                {
                    // A time that runs past the reference time may not have happened yet: it may count, not certainly.
                    // ("unknown" says it happened, at a time not known: it counts.)
                    case PeriodFit.Inside when occurrences[i].Time.LatestUtcTicks > asOf && !occurrences[i].TimeUnknown: possible++; maybeLater++; break;
                    case PeriodFit.Inside: certain++; break;
                    case PeriodFit.Straddles: possible++; break;
                    case PeriodFit.Outside: if (outside < 0) outside = i; break;
                }
            }
            // Every counted event happened while the law was not in force: this law does not judge them.
            if (certain + possible == 0 && outside >= 0 && !occurrences[outside].TimeUnknown)
            {
                trace.HasTrigger = true;
                trace.Trigger = occurrences[outside].Time;
                trace.TriggerOccurrence = outside;
                trace.TriggerOccurrenceType = plan.Target.EventType;
                return SafeguardJudge.Decide(ref trace, ReasonKind.LawNotInForce, Outcome.NotApplicable);
            }
        }
        trace.Count = certain;
        trace.CountMaybeLater = maybeLater;
        if (certain > plan.Maximum) return SafeguardJudge.Decide(ref trace, ReasonKind.CountOverLimit, Outcome.Violated);
        if (certain + possible > plan.Maximum) return SafeguardJudge.Decide(ref trace, ReasonKind.CountUncertain, Outcome.Indeterminate);
        return SafeguardJudge.Decide(ref trace, ReasonKind.CountWithinLimit, Outcome.Satisfied);
    }

    private enum Side { Before, Either, After }

    /// <summary>Whether an occurrence fell after the trigger (at the trigger's instant counts as after): from the two
    /// ranges, and where they overlap, from the bounds of occurrence − trigger that the record's relations give.</summary>
    private static Side SideOfTrigger(in EventOccurrence occurrence, TimeRange trigger, TemporalNetwork? network,
        int anchorType, int anchorIndex, int targetType, int target)
    {
        var time = occurrence.Time;
        if (!occurrence.TimeUnknown)
        {
            if (time.EarliestUtcTicks >= trigger.LatestUtcTicks) return Side.After;
            if (time.LatestUtcTicks < trigger.EarliestUtcTicks) return Side.Before;
        }
        if (network is null) return Side.Either;
        var (min, max) = network.DifferenceBounds(anchorType, anchorIndex, targetType, target);
        return min >= 0 ? Side.After : max < 0 ? Side.Before : Side.Either;
    }
}
