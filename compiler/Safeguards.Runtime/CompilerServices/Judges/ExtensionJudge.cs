namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// Applies a limit's extensions (<see cref="ExtensionPlan"/>): the authorisations of every extension clause, in the
/// order they were granted; each that came before the limit then in force ran out, and whose condition holds,
/// moves the limit by its duration, never past the ceiling counted from the clock's start. One that may or may not
/// count (imprecise times, an unknown fact) widens the limit to a range, so that a verdict stays certain only when
/// it holds either way. An extension counted from its decision (<see cref="ExtensionPlan.FromAuthorisation"/>) moves the
/// limit to its duration after the decision instead (never earlier than the limit in force), and counts once.
/// </summary>
public static class ExtensionJudge
{
    public static TimeRange Extend(DeadlinePlan plan, CaseRecord record, long asOf, TimeRange start, TimeRange limit, ref EvaluationTrace trace)
    {
        var calendar = plan.Calendar;
        var ceiling = plan.Ceiling is { } c
            ? new TimeRange(calendar.LatestPermittedAfter(start.EarliestUtcTicks, c), calendar.LatestPermittedAfter(start.LatestUtcTicks, c))
            : new TimeRange(long.MaxValue, long.MaxValue);

        var grants = new List<(long Earliest, int Clause, int Occurrence)>();
        for (var k = 0; k < plan.Extensions.Length; k++)
        {
            var selector = plan.Extensions[k].Authorisation;
            var occurrences = record.EventsByType[selector.EventType];
            for (var i = FilteredSelection.First(occurrences, asOf, selector.FilterTable); i >= 0;
                 i = FilteredSelection.NextFrom(occurrences, i + 1, asOf, selector.FilterTable))
                grants.Add((occurrences[i].TimeUnknown ? long.MinValue : occurrences[i].Time.EarliestUtcTicks, k, i));
        }
        var granted = new bool[plan.Extensions.Length];
        grants.Sort((a, b) => a.Earliest != b.Earliest ? a.Earliest.CompareTo(b.Earliest) : a.Clause != b.Clause ? a.Clause - b.Clause : a.Occurrence - b.Occurrence);

        foreach (var (_, clause, index) in grants)
        {
            var extension = plan.Extensions[clause];
            var occurrence = record.EventsByType[extension.Authorisation.EventType][index];
            if (granted[clause])
            {
                Note(ref trace, ExtensionNote.AlreadyExtended, extension, index);
                continue;
            }
            var missing = -1;
            var holds = extension.Condition is null ? Truth.True : ConditionJudge.Test(extension.Condition, record, asOf, ref missing);
            if (holds == Truth.False)
            {
                Note(ref trace, ExtensionNote.ConditionNotMet, extension, index);
                continue;
            }
            // Granted in time: before the limit it extends ran out (the limit is a range when times are imprecise).
            bool inTime, late;
            if (occurrence.TimeUnknown) (inTime, late) = (false, false);
            else (inTime, late) = (occurrence.Time.LatestUtcTicks <= limit.EarliestUtcTicks, occurrence.Time.EarliestUtcTicks > limit.LatestUtcTicks);
            if (late)
            {
                Note(ref trace, ExtensionNote.Late, extension, index);
                continue;
            }
            // Counted from the limit in force, or (UPK art. 108(7)(3)) from the decision itself; a decision without a time
            // came at the latest when the limit ran out (else it would not count), so that bounds what it can reach.
            var from = extension.FromAuthorisation && !occurrence.TimeUnknown ? occurrence.Time : limit;
            var extended = new TimeRange(
                Math.Min(calendar.LatestPermittedAfter(from.EarliestUtcTicks, extension.By), ceiling.EarliestUtcTicks),
                Math.Min(calendar.LatestPermittedAfter(from.LatestUtcTicks, extension.By), ceiling.LatestUtcTicks));
            extended = new TimeRange(Math.Max(extended.EarliestUtcTicks, limit.EarliestUtcTicks), Math.Max(extended.LatestUtcTicks, limit.LatestUtcTicks));
            if (inTime && holds == Truth.True)
            {
                if (extended.LatestUtcTicks < calendar.LatestPermittedAfter(from.LatestUtcTicks, extension.By))
                    Note(ref trace, ExtensionNote.Capped, extension, index);
                trace.ExtensionsCounted++;
                granted[clause] = extension.FromAuthorisation;
                limit = extended;
            }
            else
            {
                Note(ref trace, occurrence.TimeUnknown ? ExtensionNote.TimeUnknown : holds == Truth.Unknown ? ExtensionNote.ConditionUnknown : ExtensionNote.TimingUncertain,
                    extension, index);
                limit = new TimeRange(limit.EarliestUtcTicks, extended.LatestUtcTicks);
            }
        }
        return limit;
    }

    /// <summary>The finding tells of the first authorisation that did not (or may not) count.</summary>
    private static void Note(ref EvaluationTrace trace, ExtensionNote note, ExtensionPlan extension, int occurrence)
    {
        if (trace.ExtensionNote != ExtensionNote.None) return;
        trace.ExtensionNote = note;
        trace.ExtensionEvent = extension.Authorisation.EventType;
        trace.ExtensionOccurrence = occurrence;
    }
}
