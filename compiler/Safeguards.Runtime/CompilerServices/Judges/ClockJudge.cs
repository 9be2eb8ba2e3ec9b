namespace Safeguards.Runtime.CompilerServices;

/// <summary>Whether a clock has started, as of the reference time.</summary>
public enum ClockState : byte
{
    Started,
    NotRecorded,
    TimeUnknown,
}

/// <summary>
/// When a legal clock starts: the first occurrence of the trigger, or the earliest (latest) of several instants
/// (<see cref="ClockPlan"/>). An imprecise instant gives a range: the earliest of ranges [a, b] and [c, d] is
/// [min(a, c), min(b, d)], which holds every possible true start. Deadlines, waiting times and recurring deadlines
/// all start their clocks here.
/// </summary>
public static class ClockJudge
{
    /// <summary>Starts the clock, or decides the requirement when it cannot start: not applicable without the trigger,
    /// insufficient data when the trigger's time is unknown (the outcome in <paramref name="refused"/>).</summary>
    internal static bool TryStart(ClockPlan? clock, EventSelector anchor, LegalCalendar calendar, CaseRecord record, long asOf,
        ref EvaluationTrace trace, out Outcome refused, out TimeRange start, out int eventType, out int occurrence)
    {
        switch (Start(clock, anchor, calendar, record, asOf, out start, out eventType, out occurrence))
        {
            case ClockState.NotRecorded:
                refused = SafeguardJudge.Decide(ref trace, ReasonKind.TriggerNotRecorded, Outcome.NotApplicable);
                return false;
            case ClockState.TimeUnknown:
                trace.MissingEvent = eventType;
                refused = SafeguardJudge.Decide(ref trace, ReasonKind.TriggerTimeUnknown, Outcome.InsufficientData);
                return false;
            case ClockState.Started:
                refused = Outcome.NotApplicable;
                return true;
            default:
                throw new InvalidOperationException("unknown clock state");
        }
    }

    /// <param name="eventType">The event type whose instant started the clock (<see cref="EvaluationTrace.UncertainInstant"/>
    /// when imprecise times leave it open which came first), and <paramref name="occurrence"/> its occurrence.</param>
    public static ClockState Start(ClockPlan? clock, EventSelector anchor, LegalCalendar calendar, CaseRecord record, long asOf,
        out TimeRange start, out int eventType, out int occurrence)
    {
        start = default;
        if (clock is null)
        {
            eventType = anchor.EventType;
            var occurrences = record.EventsByType[anchor.EventType];
            occurrence = FilteredSelection.First(occurrences, asOf, anchor.FilterTable);
            if (occurrence < 0) return ClockState.NotRecorded;
            start = occurrences[occurrence].Time;
            return occurrences[occurrence].TimeUnknown ? ClockState.TimeUnknown : ClockState.Started;
        }

        var earliest = clock.Kind == ClockKind.Earliest;
        var (found, decided) = (false, -1);
        (eventType, occurrence) = (-1, -1);
        Span<long> lows = stackalloc long[clock.Instants.Length];
        Span<long> highs = stackalloc long[clock.Instants.Length];
        Span<int> indexes = stackalloc int[clock.Instants.Length];
        for (var k = 0; k < clock.Instants.Length; k++)
        {
            var instant = clock.Instants[k];
            var occurrences = record.EventsByType[instant.Event.EventType];
            var index = FilteredSelection.First(occurrences, asOf, instant.Event.FilterTable);
            indexes[k] = index;
            if (index < 0)
            {
                // The earliest of the instants that happened; the latest only once every one has.
                if (!earliest) return ClockState.NotRecorded;
                lows[k] = long.MaxValue;
                highs[k] = long.MaxValue;
                continue;
            }
            if (occurrences[index].TimeUnknown)
            {
                (eventType, occurrence) = (instant.Event.EventType, index);
                return ClockState.TimeUnknown;
            }
            var time = occurrences[index].Time;
            (lows[k], highs[k]) = instant.HasOffset
                ? (calendar.LatestPermittedAfter(time.EarliestUtcTicks, instant.Offset), calendar.LatestPermittedAfter(time.LatestUtcTicks, instant.Offset))
                : (time.EarliestUtcTicks, time.LatestUtcTicks);
            if (!found)
            {
                start = new TimeRange(lows[k], highs[k]);
                found = true;
            }
            else
            {
                start = earliest
                    ? new TimeRange(Math.Min(start.EarliestUtcTicks, lows[k]), Math.Min(start.LatestUtcTicks, highs[k]))
                    : new TimeRange(Math.Max(start.EarliestUtcTicks, lows[k]), Math.Max(start.LatestUtcTicks, highs[k]));
            }
        }
        if (!found) return ClockState.NotRecorded;

        // The instant that decided: one certainly earlier (later) than every other.
        for (var k = 0; k < clock.Instants.Length && decided < 0; k++)
        {
            if (indexes[k] < 0) continue;
            var certain = true;
            for (var j = 0; j < clock.Instants.Length && certain; j++)
                if (j != k && indexes[j] >= 0) certain = earliest ? highs[k] <= lows[j] : lows[k] >= highs[j];
            if (certain) decided = k;
        }
        if (decided >= 0) (eventType, occurrence) = (clock.Instants[decided].Event.EventType, indexes[decided]);
        else (eventType, occurrence) = (EvaluationTrace.UncertainInstant, -1);
        return ClockState.Started;
    }
}
