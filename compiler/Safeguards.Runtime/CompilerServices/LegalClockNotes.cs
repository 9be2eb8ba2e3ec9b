namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// The sentences a finding adds about the legal clock as the law defines it: which instant started a clock that is the
/// earliest (latest) of several, how extensions moved the limit and why one did not, which interval of a recurring
/// deadline the finding is about and which of its end events ended the measure. Empty for a plain deadline, so its findings read as before.
/// </summary>
internal static class LegalClockNotes
{
    public static string For(CaseSchema? schema, CaseRecord record, LegalCalendar calendar, in EvaluationTrace trace, RequirementInfo? requirement)
    {
        if (schema is null) return "";
        var notes = "";
        if (trace.Interval == 0 && trace.HasTrigger && trace.ClockEvent >= 0)
            notes += $" The clock started with '{Name(schema, record, trace.ClockEvent, trace.TriggerOccurrence)}' {TimeText.When(calendar, trace.Trigger)} ({requirement?.Anchor}).";
        else if (trace.Interval == 0 && trace.HasTrigger && trace.ClockEvent == EvaluationTrace.UncertainInstant)
            notes += $" The times recorded leave it open which instant of {requirement?.Anchor} came first; the clock started {TimeText.Range(calendar, trace.Trigger)}.";

        notes += WorkingDayNotes.For(calendar, trace);

        if (trace.ExtensionsCounted > 0)
            notes += $" The limit was extended {Times(trace.ExtensionsCounted)}, to {TimeText.Range(calendar, trace.Deadline, isDeadline: true)}.";
        if (trace.ExtensionNote != ExtensionNote.None && trace.ExtensionEvent >= 0)
        {
            var authorisation = Name(schema, record, trace.ExtensionEvent, trace.ExtensionOccurrence);
            var occurrences = record.EventsByType[trace.ExtensionEvent];
            var when = trace.ExtensionOccurrence >= 0 && trace.ExtensionOccurrence < occurrences.Length && !occurrences[trace.ExtensionOccurrence].TimeUnknown
                ? " " + TimeText.When(calendar, occurrences[trace.ExtensionOccurrence].Time) : "";
            notes += trace.ExtensionNote switch
            {
                ExtensionNote.Late => $" '{authorisation}'{when} came after the limit it would extend had run out, so it does not extend it.",
                ExtensionNote.ConditionNotMet => $" '{authorisation}'{when} does not extend the limit: the condition the law sets for it does not hold.",
                ExtensionNote.ConditionUnknown => $" Whether '{authorisation}'{when} extends the limit depends on a fact the record lacks.",
                ExtensionNote.TimingUncertain => $" '{authorisation}'{when} may have come after the limit it would extend had run out.",
                ExtensionNote.Capped => $" '{authorisation}'{when} extends the limit only up to the ceiling the law sets.",
                ExtensionNote.TimeUnknown => $" '{authorisation}' is recorded without a time, so whether it came before the limit ran out is unknown.",
                ExtensionNote.AlreadyExtended => $" '{authorisation}'{when} does not extend the limit again: the extension counted from the decision is granted once.",
                ExtensionNote.None => "",
                _ => throw new InvalidOperationException($"no sentence for the extension note {trace.ExtensionNote}"),
            };
        }

        if (trace.Interval > 0)
            notes += trace.Interval == 1 ? " This is the first interval." : $" This is interval {trace.Interval}, counted from the previous '{requirement?.Target}'.";
        if (trace.LateIntervals > 1) notes += $" {trace.LateIntervals} intervals were late.";
        if (trace.HasEnd)
            notes += trace.EndEvent >= 0
                ? $" The measure ended with '{schema.Events[trace.EndEvent].Name}' {TimeText.When(calendar, trace.End)}."
                : $" The measure ended {TimeText.Range(calendar, trace.End)}; the times recorded leave it open which of its end events came first.";
        return notes;
    }

    /// <summary>Until when a missing act of a recurring deadline was overdue: the reference time, or the end of the
    /// measure when it came before (held past a limit, then sentenced: late by the time held, not until today).</summary>
    public static long HeldUntil(in EvaluationTrace trace, long asOf) =>
        trace.HasEnd && trace.End.EarliestUtcTicks < asOf ? trace.End.EarliestUtcTicks : asOf;

    public static string HeldUntilText(LegalCalendar calendar, in EvaluationTrace trace, long asOf) =>
        HeldUntil(trace, asOf) < asOf
            ? $"when the measure ended{(trace.End.IsExact ? "" : " at the earliest")} ({TimeText.Instant(calendar, trace.End.EarliestUtcTicks)})"
            : $"as of {TimeText.Instant(calendar, asOf)}";

    private static string Times(int n) => n == 1 ? "once" : n == 2 ? "twice" : $"{n} times";

    private static string Name(CaseSchema schema, CaseRecord record, int eventType, int occurrence)
    {
        var name = schema.Events[eventType].Name;
        var occurrences = record.EventsByType[eventType];
        return occurrence >= 0 && occurrence < occurrences.Length && occurrences[occurrence].Id is { } id ? $"{name} ({id})" : name;
    }
}
