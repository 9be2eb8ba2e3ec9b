using Safeguards.Evaluation.Model;
using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Safeguards.Runtime;

namespace Safeguards.Evaluation;

/// <summary>Evaluates safeguards by walking their plans: instant answers for the language server,
/// and the oracle the compiled packs are tested against.</summary>
public sealed class Interpreter(EvaluationModel model) : IRulePack
{
    public PackSchema Schema => model.Schema;

    public IReadOnlyList<SafeguardInfo> Safeguards { get; } = [.. model.Safeguards.Select(s => s.Info)];

    public void Evaluate(CaseRecord record, long asOfUtcTicks, Span<Outcome> outcomes)
    {
        for (var i = 0; i < model.Safeguards.Count; i++)
        {
            var trace = EvaluationTrace.Empty;
            outcomes[i] = Evaluate(model.Safeguards[i], record, asOfUtcTicks, ref trace);
        }
    }

    public IReadOnlyList<Finding> Explain(CaseRecord record, long asOfUtcTicks)
    {
        var findings = new List<Finding>();
        foreach (var plan in model.Safeguards)
        {
            if (plan.CaseIndex != record.CaseSchemaIndex) continue;
            var trace = EvaluationTrace.Empty;
            var outcome = Evaluate(plan, record, asOfUtcTicks, ref trace);
            findings.Add(FindingBuilder.Build(plan.Info, model.Schema, plan.Calendar, record.InZone(plan.ZoneIndex), outcome, trace, asOfUtcTicks));
        }
        return findings;
    }

    /// <summary>One safeguard on one case, with the evidence in <paramref name="trace"/>.</summary>
    public static Outcome Evaluate(SafeguardPlan plan, CaseRecord record, long asOf, ref EvaluationTrace trace)
    {
        record = record.InZone(plan.ZoneIndex); // its dates as the safeguard's own pack reads them
        if (record.CaseSchemaIndex != plan.CaseIndex)
            return Decide(ref trace, ReasonKind.OtherCaseSchema, Outcome.NotApplicable);

        // The order of decisions (language.md, "Outcomes"): a record that shows the rule cannot apply is not
        // applicable even when it lacks a fact or a required event; only then does missing data decide.
        var missingFact = -1;
        var applies = plan.Condition is { } condition ? Test(condition, record, asOf, ref missingFact) : Truth.True;
        if (applies == Truth.False)
            return Decide(ref trace, ReasonKind.ConditionFalse, Outcome.NotApplicable);

        var missingRequired = -1;
        foreach (var required in plan.RequiredEvents)
        {
            if (record.EventsByType[required].Length > 0) continue;
            missingRequired = required;
            break;
        }

        var worst = Outcome.NotApplicable;
        var worstTrace = EvaluationTrace.Empty;
        var first = true;
        foreach (var requirement in plan.Requirements)
        {
            var current = EvaluationTrace.Empty;
            current.Requirement = requirement.Index;
            var outcome = requirement switch
            {
                DeadlinePlan { Each: true } deadline => EvaluatePairs(plan, deadline, record, asOf, ref current),
                DeadlinePlan deadline => EvaluateFirst(plan, deadline, record, asOf, ref current),
                CountPlan count => EvaluateCount(plan, count, record, asOf, ref current),
                _ => throw new InvalidOperationException($"no judge for requirement kind {requirement.GetType().Name}"),
            };
            if (first || OutcomeNames.Rank(outcome) > OutcomeNames.Rank(worst))
            {
                worst = outcome;
                worstTrace = current;
                first = false;
            }
        }

        if (applies == Truth.Unknown || missingRequired >= 0)
        {
            var requiredTriggerMissing = false;
            foreach (var anchor in plan.RequiredTriggers)
                requiredTriggerMissing |= record.EventsByType[anchor].Length == 0;
            if (OutcomeOrder.RecordShowsNotApplicable(worst, requiredTriggerMissing))
            {
                trace = worstTrace;
                return worst;
            }
            if (applies == Truth.Unknown)
            {
                trace.MissingFact = missingFact;
                return Decide(ref trace, ReasonKind.MissingFact, Outcome.InsufficientData);
            }
            trace.MissingEvent = missingRequired;
            return Decide(ref trace, ReasonKind.RequiredEventMissing, Outcome.InsufficientData);
        }
        trace = worstTrace;
        return worst;
    }

    private static Outcome Decide(ref EvaluationTrace trace, ReasonKind reason, Outcome outcome)
    {
        trace.Reason = reason;
        return outcome;
    }

    private enum Truth { False, True, Unknown }

    private static Truth Test(BoundCondition condition, CaseRecord record, long asOf, ref int missingFact)
    {
        switch (condition)
        {
            case BoundAnd and:
            {
                var left = Test(and.Left, record, asOf, ref missingFact);
                if (left == Truth.False) return Truth.False;
                var right = Test(and.Right, record, asOf, ref missingFact);
                return right == Truth.False ? Truth.False : left == Truth.Unknown || right == Truth.Unknown ? Truth.Unknown : Truth.True;
            }
            case BoundOr or:
            {
                var left = Test(or.Left, record, asOf, ref missingFact);
                if (left == Truth.True) return Truth.True;
                var right = Test(or.Right, record, asOf, ref missingFact);
                return right == Truth.True ? Truth.True : left == Truth.Unknown || right == Truth.Unknown ? Truth.Unknown : Truth.False;
            }
            case BoundNot not:
                return Test(not.Operand, record, asOf, ref missingFact) switch
                {
                    Truth.True => Truth.False,
                    Truth.False => Truth.True,
                    _ => Truth.Unknown,
                };
            case BoundOccurred occurred:
                return EventSelection.Happened(record.EventsByType[occurred.Event.Index], asOf) > 0 ? Truth.True : Truth.False;
            case BoundFactIsTrue isTrue:
                return Fact(record, isTrue.Fact, ref missingFact) is { } b ? (b.Boolean == isTrue.Expected ? Truth.True : Truth.False) : Truth.Unknown;
            case BoundFactIsValue isValue:
                return Fact(record, isValue.Fact, ref missingFact) is { } e
                    ? ((e.EnumIndex == isValue.ValueIndex) != isValue.Negated ? Truth.True : Truth.False)
                    : Truth.Unknown;
            case BoundFactCompare compare:
                if (Fact(record, compare.Fact, ref missingFact) is not { } n) return Truth.Unknown;
                // Compared without multiplying the fact, which could overflow (FactComparison).
                var holds = FactComparison.Of(compare).Holds(n.Number);
                return holds ? Truth.True : Truth.False;
            default:
                return Truth.Unknown;
        }
    }

    private static FactValue? Fact(CaseRecord record, FactSymbol fact, ref int missingFact)
    {
        var value = record.Fact(fact.Index);
        if (value.IsPresent) return value;
        if (missingFact < 0) missingFact = fact.Index;
        return null;
    }

    // ---- Deadlines -----------------------------------------------------------------------------

    private static Outcome EvaluateFirst(SafeguardPlan plan, DeadlinePlan requirement, CaseRecord record, long asOf, ref EvaluationTrace trace)
    {
        var anchors = record.EventsByType[requirement.Anchor.EventIndex];
        var anchor = FilteredSelection.First(anchors, asOf, requirement.Anchor.Filters);
        if (anchor < 0) return Decide(ref trace, ReasonKind.TriggerNotRecorded, Outcome.NotApplicable);

        var (target, targetType, unknown) = (-1, -1, false);
        for (var t = 0; t < requirement.Targets.Count; t++)
        {
            var candidates = record.EventsByType[requirement.Targets[t].EventIndex];
            var index = requirement.CompletesOwnType(requirement.Targets[t])
                ? FilteredSelection.NextFrom(candidates, anchor + 1, asOf, requirement.Targets[t].Filters)
                : FilteredSelection.First(candidates, asOf, requirement.Targets[t].Filters);
            if (index < 0) continue;
            if (candidates[index].TimeUnknown)
            {
                (target, targetType, unknown) = (index, requirement.Targets[t].EventIndex, true);
                break;
            }
            if (target < 0 || candidates[index].Time.EarliestUtcTicks < record.EventsByType[targetType][target].Time.EarliestUtcTicks)
                (target, targetType) = (index, requirement.Targets[t].EventIndex);
        }
        return Judge(plan, requirement, record, anchors[anchor], anchor, target, targetType, unknown, asOf, ref trace);
    }

    private static Outcome EvaluatePairs(SafeguardPlan plan, DeadlinePlan requirement, CaseRecord record, long asOf, ref EvaluationTrace trace)
    {
        var anchors = record.EventsByType[requirement.Anchor.EventIndex];
        // One bit set per completing event type, one bit per occurrence (a single 64-bit word let an
        // occurrence beyond the 64th be paired with several triggers).
        Span<int> offsets = stackalloc int[requirement.Targets.Count + 1];
        for (var t = 0; t < requirement.Targets.Count; t++)
            offsets[t + 1] = offsets[t] + FilteredSelection.UsedWords(record.EventsByType[requirement.Targets[t].EventIndex]);
        var words = offsets[requirement.Targets.Count];
        Span<ulong> used = words <= 16 ? stackalloc ulong[16] : new ulong[words];
        var worst = Outcome.NotApplicable;
        var any = false;
        var initial = trace; // every pair starts from the requirement's blank trace
        for (var a = FilteredSelection.First(anchors, asOf, requirement.Anchor.Filters); a >= 0;
             a = FilteredSelection.NextFrom(anchors, a + 1, asOf, requirement.Anchor.Filters))
        {
            var (target, targetType, targetSlot, unknown) = (-1, -1, -1, false);
            for (var t = 0; t < requirement.Targets.Count; t++)
            {
                var candidates = record.EventsByType[requirement.Targets[t].EventIndex];
                var self = requirement.CompletesOwnType(requirement.Targets[t]) ? a : -1;
                var index = requirement.PairByReference
                    ? FilteredSelection.FirstReferring(candidates, a, asOf, requirement.Targets[t].Filters, self)
                    : FilteredSelection.FirstUnusedFrom(candidates, anchors[a].Time.EarliestUtcTicks, asOf, requirement.Targets[t].Filters, used[offsets[t]..offsets[t + 1]], self);
                if (index < 0) continue;
                if (candidates[index].TimeUnknown)
                {
                    (target, targetType, targetSlot, unknown) = (index, requirement.Targets[t].EventIndex, t, true);
                    break;
                }
                if (target < 0 || candidates[index].Time.EarliestUtcTicks < record.EventsByType[targetType][target].Time.EarliestUtcTicks)
                    (target, targetType, targetSlot) = (index, requirement.Targets[t].EventIndex, t);
            }
            if (targetSlot >= 0) FilteredSelection.MarkUsed(used[offsets[targetSlot]..offsets[targetSlot + 1]], target);

            var pairTrace = initial;
            var outcome = Judge(plan, requirement, record, anchors[a], a, target, targetType, unknown, asOf, ref pairTrace);
            if (!any || OutcomeNames.Rank(outcome) > OutcomeNames.Rank(worst))
            {
                worst = outcome;
                trace = pairTrace;
                any = true;
            }
        }
        return any ? worst : Decide(ref trace, ReasonKind.TriggerNotRecorded, Outcome.NotApplicable);
    }

    /// <summary>The verdict on one trigger occurrence and its completing occurrence (if any).</summary>
    private static Outcome Judge(SafeguardPlan plan, DeadlinePlan requirement, CaseRecord record, in EventOccurrence anchor, int anchorIndex,
        int target, int targetType, bool targetTimeUnknown, long asOf, ref EvaluationTrace trace)
    {
        trace.TriggerOccurrence = anchorIndex;
        if (anchor.TimeUnknown)
        {
            trace.MissingEvent = requirement.Anchor.EventIndex;
            return Decide(ref trace, ReasonKind.TriggerTimeUnknown, Outcome.InsufficientData);
        }
        trace.HasTrigger = true;
        trace.Trigger = anchor.Time;
        switch (InForce.Classify(anchor.Time, plan.InForceFromTicks, plan.InForceUntilTicks))
        {
            case PeriodFit.Outside: return Decide(ref trace, ReasonKind.LawNotInForce, Outcome.NotApplicable);
            case PeriodFit.Straddles: return Decide(ref trace, ReasonKind.LawInForceUncertain, Outcome.Indeterminate);
        }

        trace.HasDeadline = true;
        trace.Deadline = requirement.Timing switch
        {
            TimingKind.WithinAfter => Runtime.Judge.DeadlineAfter(plan.Calendar, anchor.Time, requirement.Duration),
            TimingKind.NoLaterThanBefore => Runtime.Judge.DeadlineBefore(plan.Calendar, anchor.Time, requirement.Duration),
            TimingKind.ImmediatelyAfter => Runtime.Judge.DeadlineEndOfDay(plan.Calendar, anchor.Time),
            _ => anchor.Time,
        };

        if (target >= 0)
        {
            trace.CompletingEvent = targetType;
            trace.CompletingOccurrence = target;
            if (targetTimeUnknown)
            {
                trace.MissingEvent = targetType;
                return Decide(ref trace, ReasonKind.CompletionTimeUnknown, Outcome.InsufficientData);
            }
            trace.CompletedAt = record.EventsByType[targetType][target].Time;
        }
        var outcome = Runtime.Judge.Completion(trace.Deadline, target >= 0, trace.CompletedAt, asOf);
        trace.Reason = (outcome, target >= 0) switch
        {
            (Outcome.Satisfied, _) => ReasonKind.CompletedInTime,
            (Outcome.Violated, true) => ReasonKind.CompletedLate,
            (Outcome.Violated, false) => ReasonKind.Overdue,
            (Outcome.Pending, _) => ReasonKind.NotYetDue,
            (_, true) => ReasonKind.CompletionUncertain,
            _ => ReasonKind.DueUncertain,
        };
        return outcome;
    }

    // ---- Counts --------------------------------------------------------------------------------

    private static Outcome EvaluateCount(SafeguardPlan plan, CountPlan requirement, CaseRecord record, long asOf, ref EvaluationTrace trace)
    {
        var occurrences = record.EventsByType[requirement.Target.EventIndex];
        int certain = 0, possible = 0, outside = -1;
        if (requirement.Anchor is { } anchorPlan)
        {
            // Counted after a trigger: the trigger's time decides the law version, as for deadlines.
            var anchors = record.EventsByType[anchorPlan.EventIndex];
            var a = FilteredSelection.First(anchors, asOf, anchorPlan.Filters);
            if (a < 0) return Decide(ref trace, ReasonKind.TriggerNotRecorded, Outcome.NotApplicable);
            trace.TriggerOccurrence = a;
            if (anchors[a].TimeUnknown)
            {
                trace.MissingEvent = anchorPlan.EventIndex;
                return Decide(ref trace, ReasonKind.TriggerTimeUnknown, Outcome.InsufficientData);
            }
            trace.HasTrigger = true;
            trace.Trigger = anchors[a].Time;
            switch (InForce.Classify(anchors[a].Time, plan.InForceFromTicks, plan.InForceUntilTicks))
            {
                case PeriodFit.Outside: return Decide(ref trace, ReasonKind.LawNotInForce, Outcome.NotApplicable);
                case PeriodFit.Straddles: return Decide(ref trace, ReasonKind.LawInForceUncertain, Outcome.Indeterminate);
            }
            for (var i = FilteredSelection.First(occurrences, asOf, requirement.Target.Filters); i >= 0;
                 i = FilteredSelection.NextFrom(occurrences, i + 1, asOf, requirement.Target.Filters))
            {
                var time = occurrences[i].Time;
                // Certain only when it certainly fell after the trigger and had certainly happened by the reference time.
                if (occurrences[i].TimeUnknown || (time.LatestUtcTicks >= anchors[a].Time.EarliestUtcTicks && time.EarliestUtcTicks < anchors[a].Time.LatestUtcTicks)) possible++;
                else if (time.EarliestUtcTicks >= anchors[a].Time.LatestUtcTicks) { if (time.LatestUtcTicks <= asOf) certain++; else possible++; }
            }
        }
        else
        {
            for (var i = FilteredSelection.First(occurrences, asOf, requirement.Target.Filters); i >= 0;
                 i = FilteredSelection.NextFrom(occurrences, i + 1, asOf, requirement.Target.Filters))
            {
                switch (InForce.Classify(occurrences[i].Time, plan.InForceFromTicks, plan.InForceUntilTicks))
                {
                    // A time that runs past the reference time may not have happened yet: it may count, not certainly.
                    // ("unknown" says it happened, at a time not known: it counts.)
                    case PeriodFit.Inside when occurrences[i].Time.LatestUtcTicks > asOf && !occurrences[i].TimeUnknown: possible++; break;
                    case PeriodFit.Inside: certain++; break;
                    case PeriodFit.Straddles: possible++; break;
                    default: if (outside < 0) outside = i; break;
                }
            }
            // Every counted event happened while the law was not in force: this law does not judge them.
            if (certain + possible == 0 && outside >= 0 && !occurrences[outside].TimeUnknown)
            {
                trace.HasTrigger = true;
                trace.Trigger = occurrences[outside].Time;
                trace.TriggerOccurrence = outside;
                return Decide(ref trace, ReasonKind.LawNotInForce, Outcome.NotApplicable);
            }
        }
        trace.Count = certain;
        if (certain > requirement.Maximum) return Decide(ref trace, ReasonKind.CountOverLimit, Outcome.Violated);
        if (certain + possible > requirement.Maximum) return Decide(ref trace, ReasonKind.CountUncertain, Outcome.Indeterminate);
        return Decide(ref trace, ReasonKind.CountWithinLimit, Outcome.Satisfied);
    }
}
