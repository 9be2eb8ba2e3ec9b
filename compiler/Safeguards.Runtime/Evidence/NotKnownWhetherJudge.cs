using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime;

/// <summary>
/// A safeguard on a record with events not known to have happened: judged in each of its
/// <see cref="PossibleWorlds"/>. The same outcome in all of them is certain (with the evidence of the world
/// where every uncertain event happened); different outcomes make it indeterminate, naming an event whose
/// happening decides it and the outcome either way ("if the investigation was opened, ...; if not, violated").
/// </summary>
internal static class NotKnownWhetherJudge
{
    public static Outcome Judge(SafeguardPlan plan, CaseRecord record, long asOf, ref EvaluationTrace trace)
    {
        var initial = trace;
        var worlds = record.PossibleWorlds();
        if (worlds is null)
        {
            trace.MissingEvent = TypeOf(record, record.Network!.NotKnownWhetherFirst());
            trace.IfHappened = trace.IfNotHappened = Outcome.Indeterminate;
            return SafeguardJudge.Decide(ref trace, ReasonKind.HappenedNotKnown, Outcome.Indeterminate);
        }

        var outcomes = new Outcome[worlds.Count];
        var traces = new EvaluationTrace[worlds.Count];
        for (var w = 0; w < worlds.Count; w++)
        {
            traces[w] = initial;
            outcomes[w] = SafeguardJudge.Judge(plan, worlds[w], asOf, ref traces[w]);
        }

        var all = worlds.Count - 1; // every uncertain event happened
        if (Array.TrueForAll(outcomes, o => o == outcomes[0]))
        {
            trace = Renumbered(traces[all], worlds, all);
            return outcomes[all];
        }

        // An event whose happening alone changes the outcome, the others as in the fullest world that shows one.
        for (var w = all; w >= 0; w--)
        {
            for (var k = 0; k < worlds.Uncertain.Length; k++)
            {
                var bit = 1 << k;
                if ((w & bit) != 0 && outcomes[w] != outcomes[w & ~bit])
                {
                    trace = initial;
                    trace.MissingEvent = TypeOf(record, worlds.Uncertain[k]);
                    trace.IfHappened = outcomes[w];
                    trace.IfNotHappened = outcomes[w & ~bit];
                    return SafeguardJudge.Decide(ref trace, ReasonKind.HappenedNotKnown, Outcome.Indeterminate);
                }
            }
        }

        throw new InvalidOperationException("worlds with different outcomes always differ in one event somewhere");
    }

    /// <summary>The trace of a world, with its occurrences numbered as in the record the finding is written for.</summary>
    private static EvaluationTrace Renumbered(EvaluationTrace trace, PossibleWorlds worlds, int world)
    {
        if (trace.TriggerOccurrenceType >= 0) trace.TriggerOccurrence = worlds.OriginalIndex(world, trace.TriggerOccurrenceType, trace.TriggerOccurrence);
        if (trace.CompletingEvent >= 0) trace.CompletingOccurrence = worlds.OriginalIndex(world, trace.CompletingEvent, trace.CompletingOccurrence);
        return trace;
    }

    private static int TypeOf(CaseRecord record, int sourceIndex)
    {
        var byType = record.EventsByType;
        for (var t = 0; t < byType.Length; t++)
        {
            if (Array.Exists(byType[t], o => o.SourceIndex == sourceIndex)) return t;
        }

        return -1;
    }
}
