namespace Safeguards.Runtime.CompilerServices;

/// <summary>The one judge of count requirements ("at most 2 returned_for_checks", "at most 0 reconciliation
/// after charged_torture"): counts the occurrences that certainly and that possibly count.</summary>
public static class CountJudge
{
    public static Outcome Judge(CountPlan plan, CaseRecord record, long asOf, ref EvaluationTrace trace)
    {
        var occurrences = record.EventsByType[plan.Target.EventType];
        var filters = plan.Target.FilterTable;
        int certain = 0, possible = 0;
        if (plan.Anchor is { } anchorSelector)
        {
            // Counted after a trigger: the trigger's time decides the law version, as for deadlines.
            var anchors = record.EventsByType[anchorSelector.EventType];
            var a = FilteredSelection.First(anchors, asOf, anchorSelector.FilterTable);
            if (a < 0) return SafeguardJudge.Decide(ref trace, ReasonKind.TriggerNotRecorded, Outcome.NotApplicable);
            trace.TriggerOccurrence = a;
            trace.TriggerOccurrenceType = anchorSelector.EventType;
            if (anchors[a].TimeUnknown)
            {
                trace.MissingEvent = anchorSelector.EventType;
                return SafeguardJudge.Decide(ref trace, ReasonKind.TriggerTimeUnknown, Outcome.InsufficientData);
            }
            var trigger = anchors[a].Time;
            trace.HasTrigger = true;
            trace.Trigger = trigger;
            switch (InForce.Classify(trigger, plan.InForceFromUtcTicks, plan.InForceUntilUtcTicks))
            {
                case PeriodFit.Outside: return SafeguardJudge.Decide(ref trace, ReasonKind.LawNotInForce, Outcome.NotApplicable);
                case PeriodFit.Straddles: return SafeguardJudge.Decide(ref trace, ReasonKind.LawInForceUncertain, Outcome.Indeterminate);
                case PeriodFit.Inside: break;
            }
            for (var i = FilteredSelection.First(occurrences, asOf, filters); i >= 0; i = FilteredSelection.NextFrom(occurrences, i + 1, asOf, filters))
            {
                var time = occurrences[i].Time;
                // Certain only when it certainly fell after the trigger and had certainly happened by the reference time.
                if (occurrences[i].TimeUnknown || (time.LatestUtcTicks >= trigger.EarliestUtcTicks && time.EarliestUtcTicks < trigger.LatestUtcTicks)) possible++;
                else if (time.EarliestUtcTicks >= trigger.LatestUtcTicks)
                {
                    if (time.LatestUtcTicks <= asOf) certain++;
                    else possible++;
                }
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
                    case PeriodFit.Inside when occurrences[i].Time.LatestUtcTicks > asOf && !occurrences[i].TimeUnknown: possible++; break;
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
        if (certain > plan.Maximum) return SafeguardJudge.Decide(ref trace, ReasonKind.CountOverLimit, Outcome.Violated);
        if (certain + possible > plan.Maximum) return SafeguardJudge.Decide(ref trace, ReasonKind.CountUncertain, Outcome.Indeterminate);
        return SafeguardJudge.Decide(ref trace, ReasonKind.CountWithinLimit, Outcome.Satisfied);
    }
}
