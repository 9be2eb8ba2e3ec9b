using System.Collections.Immutable;

namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// When a recurring measure ended: the first of its end events (<c>until sentenced or released</c>) after the clock's
/// start. Like <c>earliest of</c>, the first of imprecise ends is <c>[min of the earliest, min of the latest]</c>, and
/// which event ended the measure is named only when the times show it came first.
/// </summary>
internal static class MeasureEnd
{
    /// <param name="eventType">The event type that ended the measure; <see cref="EvaluationTrace.UncertainInstant"/> when
    /// the times leave it open which came first; -1 when nothing ended it.</param>
    public static TimeRange? First(ImmutableArray<EventSelector> ends, CaseRecord record, long asOf, TimeRange start, out int eventType)
    {
        eventType = -1;
        TimeRange? first = null;
        foreach (var end in ends)
        {
            if (FirstAfter(end, record, asOf, start) is not { } time) continue;
            if (first is not { } sofar)
            {
                (first, eventType) = (time, end.EventType);
                continue;
            }
            // Certainly earlier than what was found so far, certainly later, or either (the ranges overlap).
            if (time.LatestUtcTicks < sofar.EarliestUtcTicks) eventType = end.EventType;
            else if (time.EarliestUtcTicks <= sofar.LatestUtcTicks && eventType != end.EventType) eventType = EvaluationTrace.UncertainInstant;
            first = new TimeRange(Math.Min(sofar.EarliestUtcTicks, time.EarliestUtcTicks), Math.Min(sofar.LatestUtcTicks, time.LatestUtcTicks));
        }
        return first;
    }

    /// <summary>The first occurrence of one end event (matching its filters) that may lie after the start.</summary>
    private static TimeRange? FirstAfter(EventSelector end, CaseRecord record, long asOf, TimeRange start)
    {
        var occurrences = record.EventsByType[end.EventType];
        for (var e = FilteredSelection.First(occurrences, asOf, end.FilterTable); e >= 0; e = FilteredSelection.NextFrom(occurrences, e + 1, asOf, end.FilterTable))
        {
            if (occurrences[e].TimeUnknown || occurrences[e].Time.LatestUtcTicks < start.EarliestUtcTicks) continue;
            return occurrences[e].Time;
        }
        return null;
    }
}
