using Safeguards.Runtime.CompilerServices;
using System.Text;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Explanation;

/// <summary>The timeline behind one finding, in plain words: what started the clock, which article and
/// version applied, the deadline, what happened, and the verdict.</summary>
public static class TimelineExplainer
{
    /// <param name="relations">What the record says about its times beyond the times (<see cref="RecordRelationsText"/>):
    /// the timeline shows each event's range, and a verdict certain despite wide ranges rests on these.</param>
    public static string Explain(SafeguardInfo safeguard, Finding finding, LegalCalendar calendar, long asOf, IReadOnlyList<string>? relations = null)
    {
        var text = new StringBuilder();
        text.AppendLine($"{safeguard.Id} \"{safeguard.Title}\"");
        text.AppendLine($"Case {finding.CaseId}, as of {TimeText.Instant(calendar, asOf)} (times in {calendar.Zone.Id}).");
        text.AppendLine();
        text.AppendLine("The law that applied:");
        foreach (var citation in finding.Citations)
        {
            var article = citation.Provision is { } provision ? $", {provision}" : "";
            var judgment = citation.Judgment is { } j ? $" ({j})" : "";
            text.AppendLine($"  {citation.SourceTitle}{judgment}{article} ({Period(citation.InForceFrom, citation.InForceUntil)}).");
        }
        if (safeguard.InForceFrom is not null || safeguard.InForceUntil is not null)
            text.AppendLine($"  The safeguard applies when the event that starts the clock falls {Window(safeguard.InForceFrom, safeguard.InForceUntil)}.");
        text.AppendLine();
        text.AppendLine("What the safeguard requires:");
        foreach (var requirement in safeguard.Requirements) text.AppendLine($"  {requirement.Description}");
        text.AppendLine();

        var events = new List<(long At, string Line)>();
        var evidence = finding.Evidence;
        if (evidence.Trigger is { } trigger)
            events.Add((trigger.EarliestUtcTicks, $"{TimeText.Range(calendar, trigger),-44} the clock starts"));
        var wait = safeguard.Requirements.Any(r => r.IsMinimumWait);
        if (evidence.Deadline is { } deadline)
            events.Add((deadline.EarliestUtcTicks, wait
                ? $"{TimeText.Range(calendar, deadline),-44} the earliest it was allowed"
                : $"{TimeText.Range(calendar, deadline, isDeadline: true),-44} the deadline"));
        string? undatedLine = null;
        var scale = safeguard.Requirements.Count > 0 ? safeguard.Requirements[0].Scale : DurationScale.Days;
        if (evidence.CompletedAt is { } completed)
        {
            // Say which time is imprecise: the completing event's own, or only the trigger's (then the deadline moves).
            var note = wait && evidence.OverrunTicks is { } early ? $"{Judge.FormatDuration(early, scale)} too early"
                : wait && evidence.SlackTicks is { } after ? $"{Judge.FormatDuration(after, scale)} after the waiting time"
                : evidence.SlackTicks is { } slack ? $"{Judge.FormatDuration(slack, scale)} to spare"
                : evidence.OverrunTicks is { } overrun ? $"{Judge.FormatDuration(overrun, scale)} late"
                // Certain though the times are ranges: the case relates the two events (the verdict says how).
                : finding.Outcome == Outcome.Satisfied ? "in time, as the case relates it to the trigger"
                : finding.Outcome == Outcome.Violated ? "late, as the case relates it to the trigger"
                : !completed.IsExact ? "its time is imprecise, so it may fall on either side of the deadline"
                : "the trigger's time is imprecise, so the deadline may fall on either side of it";
            events.Add((completed.EarliestUtcTicks, $"{TimeText.Range(calendar, completed),-44} {evidence.CompletingEvent}: {note}"));
        }
        else if (evidence.CompletingEvent is { } undated)
        {
            // Recorded without a time: it has no place on the timeline (issue #12), so it is listed after it.
            undatedLine = $"Not on the timeline: {undated}, recorded without a time.";
        }
        events.Add((asOf, $"{TimeText.Instant(calendar, asOf),-44} the reference time of this evaluation"));
        text.AppendLine("Timeline:");
        foreach (var (_, line) in events.OrderBy(e => e.At)) text.AppendLine("  " + line);
        if (undatedLine is not null) text.AppendLine(undatedLine);
        if (relations is { Count: > 0 })
        {
            text.AppendLine("The record relates the times:");
            foreach (var line in relations) text.AppendLine("  " + line);
        }
        text.AppendLine();
        text.AppendLine($"Verdict: {OutcomeNames.ToJson(finding.Outcome).ToUpperInvariant()} ({finding.Severity.ToKeyword()}). {evidence.Reason}");
        if (finding.Message is { } message && message != evidence.Reason) text.AppendLine($"Message: {message}");
        if (safeguard.Because is { } because) text.AppendLine($"Because: {because}");
        if (safeguard.Seed is { } seed) text.AppendLine($"Source in the reports: {seed}");
        return text.ToString();
    }

    private static string Window(DateOnly? from, DateOnly? until) => (from, until) switch
    {
        ({ } f, null) => $"on or after {f:yyyy-MM-dd}",
        (null, { } u) => $"before {u:yyyy-MM-dd}",
        ({ } f, { } u) => $"on or after {f:yyyy-MM-dd} and before {u:yyyy-MM-dd}",
        _ => "at any time",
    };

    private static string Period(DateOnly? from, DateOnly? until) => "in force " + PeriodText.Describe(from, until, always: "at all times the pack covers");
}
