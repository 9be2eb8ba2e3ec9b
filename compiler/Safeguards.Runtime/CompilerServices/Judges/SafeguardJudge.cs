namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// The one place a safeguard's outcome is decided from its condition, its required events and the verdicts
/// of its requirements, in the order language.md gives ("The order in which the outcome is decided"). The
/// interpreter and the evidence-keeping path of compiled packs both call it.
/// </summary>
public static class SafeguardJudge
{
    /// <summary>One safeguard on one record, with the evidence in <paramref name="trace"/>.</summary>
    public static Outcome Judge(SafeguardPlan plan, CaseRecord record, long asOf, ref EvaluationTrace trace)
    {
        if (record.CaseSchemaIndex != plan.CaseIndex)
            return Decide(ref trace, ReasonKind.OtherCaseSchema, Outcome.NotApplicable);
        record = record.InZone(plan.ZoneIndex); // its dates as the safeguard's own pack reads them
        // Events not known to have happened: certain only if the same whether they happened or not.
        if (record.Network is { HasNotKnownWhether: true })
            return NotKnownWhetherJudge.Judge(plan, record, asOf, ref trace);

        // A record that shows the rule cannot apply is not applicable even when it lacks a fact or a
        // required event; only then does missing data decide.
        var missingFact = -1;
        var applies = plan.Condition is { } condition ? ConditionJudge.Test(condition, record, asOf, ref missingFact) : Truth.True;
        if (applies == Truth.False)
            return Decide(ref trace, ReasonKind.ConditionFalse, Outcome.NotApplicable);

        var missingRequired = -1;
        foreach (var required in plan.RequiredEvents)
        {
            if (record.EventsByType[required].Length > 0) continue;
            missingRequired = required;
            break;
        }

        var requirements = plan.Requirements;
        var worst = Outcome.NotApplicable;
        var worstTrace = EvaluationTrace.Empty;
        for (var k = 0; k < requirements.Length; k++)
        {
            var current = EvaluationTrace.Empty;
            current.Requirement = requirements[k].Index;
            var outcome = requirements[k].Judge(record, asOf, ref current);
            if (k == 0 || OutcomeNames.Rank(outcome) > OutcomeNames.Rank(worst))
            {
                worst = outcome;
                worstTrace = current;
            }
        }

        if (applies == Truth.Unknown || missingRequired >= 0)
        {
            var requiredTriggerMissing = false;
            foreach (var anchor in plan.RequiredTriggers)
                requiredTriggerMissing |= record.EventsByType[anchor].Length == 0;
            if (!OutcomeOrder.RecordShowsNotApplicable(worst, requiredTriggerMissing))
            {
                if (applies == Truth.Unknown)
                {
                    trace.MissingFact = missingFact;
                    return Decide(ref trace, ReasonKind.MissingFact, Outcome.InsufficientData);
                }
                trace.MissingEvent = missingRequired;
                return Decide(ref trace, ReasonKind.RequiredEventMissing, Outcome.InsufficientData);
            }
        }
        trace = worstTrace;
        return worst;
    }

    internal static Outcome Decide(ref EvaluationTrace trace, ReasonKind reason, Outcome outcome)
    {
        trace.Reason = reason;
        return outcome;
    }

    /// <summary>Whether the law the requirement cites was in force when its clock started: the trigger's time picks the
    /// law version. False, with the verdict in <paramref name="refused"/>, when it certainly was not (not applicable)
    /// or the trigger's time spans the date the law came into or went out of force (indeterminate).</summary>
    internal static bool InForceAt(TimeRange trigger, RequirementPlan plan, ref EvaluationTrace trace, out Outcome refused)
    {
        var fit = InForce.Classify(trigger, plan.InForceFromUtcTicks, plan.InForceUntilUtcTicks);
        refused = fit switch
        {
            PeriodFit.Outside => Decide(ref trace, ReasonKind.LawNotInForce, Outcome.NotApplicable),
            PeriodFit.Straddles => Decide(ref trace, ReasonKind.LawInForceUncertain, Outcome.Indeterminate),
            PeriodFit.Inside => default,
        };
        return fit == PeriodFit.Inside;
    }
}
