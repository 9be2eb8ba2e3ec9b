using System.Text;

namespace Safeguards.Runtime.CompilerServices;

/// <summary>Turns an outcome and its <see cref="EvaluationTrace"/> into a <see cref="Finding"/> a
/// lawyer can read: the evidence, a sentence that explains the verdict, and the pack's message.</summary>
public static class FindingBuilder
{
    public static Finding Build(SafeguardInfo info, PackSchema schema, LegalCalendar calendar, CaseRecord record,
        Outcome outcome, in EvaluationTrace trace, long asOf)
    {
        var caseSchema = record.CaseSchemaIndex >= 0 && record.CaseSchemaIndex < schema.Cases.Count ? schema.Cases[record.CaseSchemaIndex] : null;
        var requirement = trace.Requirement >= 0 && trace.Requirement < info.Requirements.Count ? info.Requirements[trace.Requirement] : null;
        long? slack = null, overrun = null;
        // A completing event recorded without a time has no place on the timeline and no margin.
        var completedKnown = trace.CompletingEvent >= 0 && trace.Reason != ReasonKind.CompletionTimeUnknown;
        if (trace.ByDifference)
        {
            // Decided on completion − trigger: the margin is the difference's, whatever the two ranges say.
            var margin = trace.DifferenceMargin == long.MinValue ? (long?)null : trace.DifferenceMargin;
            slack = outcome == Outcome.Satisfied ? margin : null;
            overrun = outcome == Outcome.Violated ? margin : null;
        }
        else if (requirement is { IsMinimumWait: true })
        {
            // The deadline is the earliest instant the act was allowed: the margins run the other way.
            if (trace.Reason == ReasonKind.ActAfterWaiting) slack = trace.CompletedAt.EarliestUtcTicks - trace.Deadline.LatestUtcTicks;
            if (trace.Reason == ReasonKind.ActTooEarly) overrun = trace.Deadline.EarliestUtcTicks - trace.CompletedAt.LatestUtcTicks;
        }
        else if (trace.HasDeadline && completedKnown)
        {
            slack = Judge.Slack(calendar, trace.Deadline, trace.CompletedAt);
            overrun = Judge.Overrun(trace.Deadline, trace.CompletedAt.EarliestUtcTicks);
        }
        else if (trace.HasDeadline && trace.CompletingEvent < 0)
        {
            overrun = Judge.Overrun(trace.Deadline, LegalClockNotes.HeldUntil(trace, asOf));
        }

        var completing = trace.CompletingEvent >= 0 && caseSchema is not null ? Occurrence(caseSchema, record, trace.CompletingEvent, trace.CompletingOccurrence) : null;
        string? missing = trace.Reason switch
        {
            ReasonKind.MissingFact when caseSchema is not null && trace.MissingFact >= 0 => caseSchema.Facts[trace.MissingFact].Name,
            ReasonKind.RequiredEventMissing or ReasonKind.TriggerTimeUnknown or ReasonKind.CompletionTimeUnknown or ReasonKind.HappenedNotKnown
                when caseSchema is not null && trace.MissingEvent >= 0 => caseSchema.Events[trace.MissingEvent].Name,
            _ => null,
        };
        var reason = Explain(info, caseSchema, record, calendar, outcome, trace, requirement, completing, completedKnown, slack, overrun, missing, asOf)
            + LegalClockNotes.For(caseSchema, record, calendar, trace, requirement);
        var evidence = new Evidence(
            trace.HasTrigger ? trace.Trigger : null,
            trace.HasDeadline ? trace.Deadline : null,
            completing,
            completedKnown ? trace.CompletedAt : null,
            slack, overrun, missing, reason);
        var message = outcome is Outcome.Violated or Outcome.Indeterminate
            ? FillTemplate(info, record, calendar, trace, requirement, slack, overrun, asOf) ?? reason
            : null;
        return new Finding(record.Id, info.Id, info.Title, outcome, info.Severity, info.Citations, evidence, message);
    }

    /// <summary>Why more occurrences may count: a time that runs past the reference time may not have happened yet,
    /// other imprecise or unknown times may fall on either side of the trigger or of the law's dates.</summary>
    private static string CountOpen(LegalCalendar calendar, in EvaluationTrace trace, long asOf) => trace.CountMaybeLater > 0
        ? $"{trace.CountMaybeLater} more recorded with a time that runs past the reference time ({TimeText.Instant(calendar, asOf)}) may not have happened by then"
        : "imprecise or unknown times leave it open whether more count";

    private static string Occurrence(CaseSchema schema, CaseRecord record, int eventType, int occurrence)
    {
        var name = schema.Events[eventType].Name;
        var occurrences = record.EventsByType[eventType];
        return occurrence >= 0 && occurrence < occurrences.Length && occurrences[occurrence].Id is { } id ? $"{name} ({id})" : name;
    }

    private static string Explain(SafeguardInfo info, CaseSchema? schema, CaseRecord record, LegalCalendar calendar, Outcome outcome,
        in EvaluationTrace trace, RequirementInfo? requirement, string? completing, bool completedKnown, long? slack, long? overrun, string? missing, long asOf)
    {
        var scale = requirement?.Scale ?? DurationScale.Days;
        var deadline = trace.HasDeadline ? TimeText.DeadlinePhrase(calendar, trace.Deadline) : "";
        var trigger = trace.HasTrigger ? TimeText.Range(calendar, trace.Trigger) : "";
        var target = requirement?.Target ?? "the required event";
        // A recurring deadline's later intervals run from the previous occurrence, not from the trigger.
        var anchor = trace.Interval > 1 ? $"the previous {requirement?.Target}" : requirement?.Anchor ?? "the trigger";
        var completedAt = completedKnown ? TimeText.When(calendar, trace.CompletedAt) : "";
        var since = trace.HasTrigger ? $" ({anchor} {TimeText.When(calendar, trace.Trigger)})" : "";
        var imprecise = !trace.Deadline.IsExact || (trace.CompletingEvent >= 0 && !trace.CompletedAt.IsExact);
        if (trace.ByDifference && record.Network is { } network && trace.CompletingEvent >= 0)
        {
            int a = network.EventOf(trace.TriggerOccurrenceType, trace.TriggerOccurrence), b = network.EventOf(trace.CompletingEvent, trace.CompletingOccurrence);
            var exact = network.EventDifferenceBounds(a, b) is var (min, max) && min == max;
            var relation = $"'{completing}' {RelationText.Difference(network, a, b, scale)} '{anchor}' ({RelationText.Source(network, a, b)})";
            return outcome == Outcome.Satisfied
                ? $"{relation}, within {requirement?.Description ?? "the limit"}" + (slack is { } spare && Margin(spare, !exact, scale) is { } m ? $", {m} to spare." : ".")
                : $"{relation}, beyond {requirement?.Description ?? "the limit"}" + (overrun is { } over && Margin(over, !exact, scale) is { } l ? $": {l} late." : ".");
        }

        return trace.Reason switch
        {
            ReasonKind.OtherCaseSchema => $"This is a '{record.Schema}' case; the safeguard applies to '{info.CaseSchema}' cases.",
            ReasonKind.ConditionFalse => "The conditions under which the safeguard applies do not hold for this case.",
            ReasonKind.MissingFact => $"The fact '{missing}' is not recorded, and whether the safeguard applies depends on it.",
            ReasonKind.RequiredEventMissing => $"'{missing}' is not recorded, but every '{schema?.Name}' case must record it.",
            ReasonKind.TriggerNotRecorded => $"No '{anchor}' is recorded as of {TimeText.Instant(calendar, asOf)}, so the clock never started.",
            ReasonKind.TriggerTimeUnknown => $"'{missing}' is recorded without a time, so the deadline cannot be computed.",
            ReasonKind.CompletionTimeUnknown => $"'{missing}' is recorded without a time, so it cannot be compared with {deadline}{since}.",
            ReasonKind.LawNotInForce => $"The cited law was not in force when '{anchor}' happened ({trigger}); the safeguard applies {Period(info)}.",
            ReasonKind.LawInForceUncertain => $"The time of '{anchor}' ({trigger}) spans a date on which the cited law came into or went out of force ({Period(info)}).",
            ReasonKind.CompletedInTime => $"'{completing}' {completedAt}, within {deadline}{since}" + (slack is { } s ? $", {Margin(s, imprecise, scale)} to spare." : "."),
            ReasonKind.CompletedLate => $"'{completing}' {completedAt}, after {deadline}{since}" + LateBy(calendar, trace.Deadline, overrun, imprecise, scale),
            ReasonKind.CompletionUncertain => $"'{completing}' {completedAt} may fall on either side of {deadline}{since}.",
            ReasonKind.NotYetDue => $"No '{target}' yet; {deadline}{since} is {Judge.FormatDuration(calendar.ClosingInstant(trace.Deadline.EarliestUtcTicks) - asOf, scale)} after the reference time.",
            ReasonKind.Overdue => $"No '{target}' by {deadline}{since}" + (overrun is { } late ? $"; overdue by {Overdue(calendar, trace.Deadline, LegalClockNotes.HeldUntil(trace, asOf), late, scale)} {LegalClockNotes.HeldUntilText(calendar, trace, asOf)}." : "."),
            ReasonKind.DueUncertain => $"No '{target}' yet, and {deadline}{since} may or may not have passed at {TimeText.Instant(calendar, asOf)}.",
            ReasonKind.CountWithinLimit => $"{trace.Count} '{target}' counted; {requirement?.Description} is respected.",
            ReasonKind.CountOverLimit => $"{trace.Count} '{target}' recorded, more than allowed ({requirement?.Description}).",
            ReasonKind.CountUncertain => (requirement is not null && requirement.Anchor != requirement.Target
                ? $"{trace.Count} '{target}' certainly after '{anchor}' ({trigger}); "
                : $"{trace.Count} '{target}' certainly {(info.InForceFrom is null && info.InForceUntil is null ? "counted" : "while the law was in force")}; ")
                + CountOpen(calendar, trace, asOf) + $" ({requirement?.Description}).",
            ReasonKind.ActTooEarly => $"'{completing}' {completedAt}, before {TimeText.Range(calendar, trace.Deadline)}, the earliest it was allowed ({requirement?.Limit} after {anchor} {TimeText.When(calendar, trace.Trigger)}).",
            ReasonKind.ActAfterWaiting => $"'{completing}' {completedAt}, once the waiting time had passed ({requirement?.Limit} after {anchor} {TimeText.When(calendar, trace.Trigger)}).",
            ReasonKind.ActTimingUncertain => $"'{completing}' {completedAt} may fall before or after {TimeText.Range(calendar, trace.Deadline)}, the earliest it was allowed ({requirement?.Limit} after {anchor} {TimeText.When(calendar, trace.Trigger)}).",
            ReasonKind.NoActYet => outcome == Outcome.Satisfied
                ? $"No '{target}' yet, and none can come too early any more: the waiting time ended {TimeText.Range(calendar, trace.Deadline)}."
                : $"No '{target}' yet; none may come before {TimeText.Range(calendar, trace.Deadline)} ({requirement?.Limit} after {anchor} {TimeText.When(calendar, trace.Trigger)}).",
            ReasonKind.MeasureEnded => $"The measure ended before the first '{target}' was due ({anchor} {TimeText.When(calendar, trace.Trigger)}).",
            ReasonKind.HappenedNotKnown => $"Whether '{missing}' happened is not known: if it did, this is {OutcomeNames.ToJson(trace.IfHappened).Replace('-', ' ')}; if it did not, {OutcomeNames.ToJson(trace.IfNotHappened).Replace('-', ' ')}.",
            ReasonKind.None => outcome.ToString(),
            _ => throw new InvalidOperationException($"no sentence for reason {trace.Reason}"),
        };
    }

    /// <summary>A margin that is certain: exact when the times were, otherwise the least it can be ("at least 2 hours");
    /// null when an imprecise margin is under a minute, which says nothing a reader can use.</summary>
    private static string? Margin(long ticks, bool imprecise, DurationScale scale) =>
        !imprecise ? Judge.FormatDuration(ticks, scale)
        : ticks < TimeSpan.TicksPerMinute ? null
        : "at least " + Judge.FormatDuration(ticks, scale);

    /// <summary>": 20 minutes late." A period counted in days closes at the midnight after its last instant, and lateness is
    /// counted from there: an act at that midnight is late because the next day had begun, not by "less than a second".</summary>
    private static string LateBy(LegalCalendar calendar, TimeRange deadline, long? overrun, bool imprecise, DurationScale scale)
    {
        if (overrun is not { } raw) return ".";
        var ticks = raw - (calendar.ClosingInstant(deadline.LatestUtcTicks) - deadline.LatestUtcTicks); // counted from the close
        if (ticks == 0) return ": at midnight, when the next day had already begun.";
        return Margin(ticks, imprecise, scale) is { } late ? $": {late} late." : ".";
    }

    /// <summary>How long a missing act is overdue: exactly below a year; beyond, in whole calendar years, which is
    /// what a reader takes in ("at least 13 years").</summary>
    private static string Overdue(LegalCalendar calendar, TimeRange deadline, long asOf, long late, DurationScale scale)
    {
        var from = calendar.LocalDate(deadline.LatestUtcTicks);
        var to = calendar.LocalDate(asOf);
        var years = to.Year - from.Year - (to.DayOfYear < from.DayOfYear ? 1 : 0);
        if (years >= 1) return $"at least {years} year{(years == 1 ? "" : "s")}";
        return deadline.IsExact ? Judge.FormatDuration(late, scale) : "at least " + Judge.FormatDuration(late, scale);
    }

    /// <summary>A span between two imprecise times, as the least and the most it can be.</summary>
    private static string Between(long least, long most, DurationScale scale) =>
        least == most ? Judge.FormatDuration(least, scale)
        : least <= 0 ? $"at most {Judge.FormatDuration(most, scale)}"
        : $"between {Judge.FormatDuration(least, scale)} and {Judge.FormatDuration(most, scale)}";

    private static string Period(SafeguardInfo info) => PeriodText.Describe(info.InForceFrom, info.InForceUntil);

    private static string? FillTemplate(SafeguardInfo info, CaseRecord record, LegalCalendar calendar, in EvaluationTrace trace,
        RequirementInfo? requirement, long? slack, long? overrun, long asOf)
    {
        if (info.MessageTemplate is not { } template) return null;
        // A template that speaks of when the act happened does not fit a finding where it never did:
        // then the explanation in our own words is the message.
        var speaksOfCompletion = template.Contains("{elapsed}", StringComparison.Ordinal) || template.Contains("{completed}", StringComparison.Ordinal);
        if (speaksOfCompletion && trace.CompletingEvent < 0) return null;
        var scale = requirement?.Scale ?? DurationScale.Days;
        var end = trace.CompletingEvent >= 0 ? trace.CompletedAt : TimeRange.Exact(asOf);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["elapsed"] = trace.ByDifference && record.Network is { } network && trace.CompletingEvent >= 0
                ? RelationText.Elapsed(network, network.EventOf(trace.TriggerOccurrenceType, trace.TriggerOccurrence), network.EventOf(trace.CompletingEvent, trace.CompletingOccurrence), scale)
                : trace.HasTrigger
                ? Between(end.EarliestUtcTicks - trace.Trigger.LatestUtcTicks, end.LatestUtcTicks - trace.Trigger.EarliestUtcTicks, scale)
                : "an unknown time",
            ["limit"] = requirement?.Limit ?? requirement?.Description ?? "the limit",
            ["overrun"] = overrun is { } o ? Between(o, end.LatestUtcTicks - trace.Deadline.EarliestUtcTicks, scale) : "an uncertain time",
            ["slack"] = slack is { } s ? Between(s, calendar.ClosingInstant(trace.Deadline.LatestUtcTicks) - end.EarliestUtcTicks, scale) : "no time",
            ["deadline"] = trace.HasDeadline ? TimeText.Range(calendar, trace.Deadline, isDeadline: true) : "no deadline",
            ["trigger"] = trace.HasTrigger ? TimeText.Range(calendar, trace.Trigger) : "an unrecorded time",
            ["completed"] = trace.CompletingEvent >= 0 ? TimeText.Range(calendar, trace.CompletedAt) : "not recorded",
            ["safeguard"] = info.Id,
            ["title"] = info.Title,
            ["case"] = record.Id,
        };
        var builder = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var close = template[i] == '{' ? template.IndexOf('}', i) : -1;
            if (close > i && values.TryGetValue(template[(i + 1)..close], out var value))
            {
                builder.Append(value);
                i = close;
            }
            else
            {
                builder.Append(template[i]);
            }
        }
        return builder.ToString();
    }
}
