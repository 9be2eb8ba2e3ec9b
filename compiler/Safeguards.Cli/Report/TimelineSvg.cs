using Safeguards.Runtime.CompilerServices;
using System.Globalization;
using Safeguards.Runtime;

namespace Safeguards.Cli.Report;

/// <summary>
/// Draws one case as an inline SVG: a row per event type with its occurrences (points for exact times,
/// bars for imprecise ones, "?" for unknown times), then a row per applicable finding with the window
/// from trigger to deadline, the completing event or its absence, and the overrun. Every mark is a
/// group with a class (<c>mark-trigger</c>, <c>mark-deadline</c> or, for a minimum waiting time, <c>mark-earliest</c>,
/// <c>mark-complete</c>, <c>mark-absent</c>,
/// <c>mark-overrun</c>) so tests and styles can find it. The axis is a <see cref="TimeScale"/>.
/// </summary>
/// <param name="calendar">The zone the cases are drawn in: one timeline per pack zone (<see cref="CaseZones"/>).</param>
public sealed class TimelineSvg(LegalCalendar calendar, long asOf, FindingKey keys)
{
    private const double Width = 960, PlotLeft = 190, PlotRight = 905, Row = 22, Top = 16, AxisHeight = 56;

    /// <summary>The findings that get a row: applicable, with a known trigger time.</summary>
    public static bool HasLane(Finding finding) =>
        finding.Outcome != Outcome.NotApplicable && finding.Evidence.Trigger is { } t && TimeScale.Finite(t.EarliestUtcTicks) && TimeScale.Finite(t.LatestUtcTicks);

    /// <param name="safeguardOf">The safeguard of a finding, for what its requirement waits for and how.</param>
    public void Write(TextWriter w, string caseId, IReadOnlyList<(string Type, IReadOnlyList<CaseEvent> Events)> events,
        IReadOnlyList<Finding> findings, Func<string, SafeguardInfo?> safeguardOf)
    {
        var lanes = findings.Where(HasLane).ToList();
        var scale = TimeScale.Build(Instants(events, lanes), PlotLeft, PlotRight);
        if (scale.IsEmpty)
        {
            w.Write("<p class=\"no-timeline\">No event of this case has a known time, so there is no timeline.</p>");
            return;
        }
        var showAsOf = lanes.Any(NeedsAsOf);
        var rows = events.Count + lanes.Count;
        var height = Top + (rows * Row) + AxisHeight;
        w.Write($"<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Html.Num(Width)} {Html.Num(height)}\" role=\"img\" aria-label=\"Timeline of case {Html.Escape(caseId)}\">");
        var y = Top;
        foreach (var (type, occurrences) in events)
        {
            WriteEventRow(w, scale, type, occurrences, y);
            y += Row;
        }
        if (lanes.Count > 0 && events.Count > 0)
            w.Write($"<line class=\"sep\" x1=\"0\" x2=\"{Html.Num(Width)}\" y1=\"{Html.Num(y)}\" y2=\"{Html.Num(y)}\"/>");
        foreach (var finding in lanes)
        {
            WriteLane(w, scale, finding, safeguardOf(finding.SafeguardId), y);
            y += Row;
        }
        WriteAxis(w, scale, y, showAsOf ? asOf : null);
        w.Write("</svg>");
    }

    private IEnumerable<long> Instants(IReadOnlyList<(string Type, IReadOnlyList<CaseEvent> Events)> events, List<Finding> lanes)
    {
        foreach (var e in events.SelectMany(t => t.Events))
        {
            if (e.Time is not { } time) continue;
            yield return time.EarliestUtcTicks;
            yield return time.LatestUtcTicks;
        }
        foreach (var finding in lanes)
        {
            var evidence = finding.Evidence;
            foreach (var range in new[] { evidence.Trigger, evidence.Deadline, evidence.CompletedAt })
            {
                if (range is not { } r) continue;
                yield return r.EarliestUtcTicks;
                yield return r.LatestUtcTicks;
            }
            if (NeedsAsOf(finding)) yield return asOf;
        }
    }

    /// <summary>A window with no completing event ends, for the picture, at the reference time.</summary>
    private static bool NeedsAsOf(Finding finding) => finding.Evidence is { Deadline: not null, CompletedAt: null };

    private void WriteEventRow(TextWriter w, TimeScale scale, string type, IReadOnlyList<CaseEvent> occurrences, double y)
    {
        var mid = y + (Row / 2);
        w.Write($"<g class=\"row events\"><text class=\"label\" x=\"4\" y=\"{Html.Num(mid + 4)}\">{Html.Escape(Html.Clip(type, 26))}<title>{Html.Escape(type)}</title></text>");
        foreach (var e in occurrences)
        {
            var name = e.Id is null ? e.Type : $"{e.Type} ({e.Id})";
            if (e.Time is not { } time)
            {
                w.Write($"<g class=\"ev ev-unknown\"><title>{Html.Escape(name)}: time unknown</title><text x=\"{Html.Num(PlotLeft - 14)}\" y=\"{Html.Num(mid + 4)}\">?</text></g>");
                continue;
            }
            var title = $"<title>{Html.Escape(name)}: {Html.Escape(TimeText.Range(calendar, time))}</title>";
            if (time.IsExact)
            {
                w.Write($"<g class=\"ev ev-point\">{title}<circle cx=\"{Html.Num(scale.X(time.EarliestUtcTicks))}\" cy=\"{Html.Num(mid)}\" r=\"4.5\"/></g>");
            }
            else
            {
                var (x1, x2) = Span(scale, time);
                w.Write($"<g class=\"ev ev-interval\">{title}<rect x=\"{Html.Num(x1)}\" y=\"{Html.Num(mid - 4)}\" width=\"{Html.Num(x2 - x1)}\" height=\"8\" rx=\"4\"/></g>");
            }
        }
        w.Write("</g>");
    }

    private void WriteLane(TextWriter w, TimeScale scale, Finding finding, SafeguardInfo? safeguard, double y)
    {
        var target = safeguard?.Requirements.FirstOrDefault()?.Target;
        // A minimum waiting time ("not before 2 hours after"): the evidence's deadline is the earliest instant the act
        // was allowed, and the fault is an act before it, so the marks say so and the overrun runs back from it.
        var isWait = safeguard is { Requirements.Count: > 0 } && safeguard.Requirements.All(r => r.IsMinimumWait);
        var mid = y + (Row / 2);
        var outcome = OutcomeNames.ToJson(finding.Outcome);
        var e = finding.Evidence;
        w.Write($"<g class=\"row lane f o-{outcome}\" data-k=\"{keys.Of(finding)}\"><title>{Html.Escape(finding.SafeguardId)}: {outcome}</title>");
        w.Write($"<rect class=\"swatch\" x=\"4\" y=\"{Html.Num(mid - 5)}\" width=\"10\" height=\"10\"/><text class=\"label\" x=\"19\" y=\"{Html.Num(mid + 4)}\">{Html.Escape(Html.Clip(finding.SafeguardId, 24))}</text>");
        var trigger = e.Trigger!.Value;
        if (e.Deadline is { } deadline)
        {
            var x1 = scale.X(trigger.EarliestUtcTicks);
            var x2 = scale.X(deadline.LatestUtcTicks);
            w.Write($"<rect class=\"window\" x=\"{Html.Num(x1)}\" y=\"{Html.Num(mid - 4)}\" width=\"{Html.Num(Math.Max(x2 - x1, 1))}\" height=\"8\"/>");
            var c1 = scale.X(trigger.LatestUtcTicks);
            var c2 = scale.X(deadline.EarliestUtcTicks);
            if (c2 > c1) w.Write($"<rect class=\"window-certain\" x=\"{Html.Num(c1)}\" y=\"{Html.Num(mid - 4)}\" width=\"{Html.Num(c2 - c1)}\" height=\"8\"/>");
        }
        Mark(w, scale, "mark-trigger", trigger, mid, -7, $"trigger: {TimeText.Range(calendar, trigger)}");
        if (e.Deadline is { } d && isWait) Mark(w, scale, "mark-earliest", d, mid, 7, $"earliest allowed: {TimeText.Range(calendar, d)}");
        else if (e.Deadline is { } d2) Mark(w, scale, "mark-deadline", d2, mid, 7, $"deadline: {TimeText.Range(calendar, d2, isDeadline: true)}");
        if (isWait && e.Deadline is { } allowed && e.OverrunTicks is { } early && e.CompletedAt is { } act)
        {
            var x1 = scale.X(act.LatestUtcTicks);
            var x2 = scale.X(allowed.EarliestUtcTicks);
            w.Write($"<g class=\"mark mark-overrun mark-too-early\"><title>too early by {Html.Escape(Duration.Short(early))}</title><rect x=\"{Html.Num(x1)}\" y=\"{Html.Num(mid - 3)}\" width=\"{Html.Num(Math.Max(x2 - x1, 2))}\" height=\"6\"/></g>");
        }
        else if (!isWait && e.Deadline is { } due && e.OverrunTicks is not null)
        {
            var x1 = scale.X(due.LatestUtcTicks);
            var x2 = scale.X(e.CompletedAt?.EarliestUtcTicks ?? asOf);
            w.Write($"<g class=\"mark mark-overrun\"><title>overrun: {Html.Escape(Duration.Short(e.OverrunTicks.Value))} late</title><rect x=\"{Html.Num(x1)}\" y=\"{Html.Num(mid - 3)}\" width=\"{Html.Num(Math.Max(x2 - x1, 2))}\" height=\"6\"/></g>");
        }
        if (e.CompletedAt is { } done)
        {
            var name = e.CompletingEvent ?? target ?? "completed";
            var title = $"{name}: {TimeText.Range(calendar, done)}";
            if (done.IsExact)
            {
                var x = scale.X(done.EarliestUtcTicks);
                w.Write($"<g class=\"mark mark-complete\"><title>{Html.Escape(title)}</title><path d=\"M{Html.Num(x)} {Html.Num(mid - 6)}l6 6l-6 6l-6 -6z\"/></g>");
            }
            else
            {
                var (x1, x2) = Span(scale, done);
                w.Write($"<g class=\"mark mark-complete\"><title>{Html.Escape(title)}</title><rect x=\"{Html.Num(x1)}\" y=\"{Html.Num(mid - 5)}\" width=\"{Html.Num(x2 - x1)}\" height=\"10\" rx=\"2\"/></g>");
            }
        }
        else if (e.Deadline is not null)
        {
            var x = scale.X(asOf);
            var title = $"no '{target ?? "completing event"}' recorded as of {TimeText.Instant(calendar, asOf)}";
            w.Write($"<g class=\"mark mark-absent\"><title>{Html.Escape(title)}</title><circle cx=\"{Html.Num(x)}\" cy=\"{Html.Num(mid)}\" r=\"5.5\"/><path d=\"M{Html.Num(x - 3)} {Html.Num(mid - 3)}l6 6m0 -6l-6 6\"/></g>");
        }
        w.Write("</g>");
    }

    /// <summary>A trigger or deadline: a full-height line when exact; when imprecise, a thin bar over its
    /// range (triggers above the window, deadlines below it, so the two never cover each other).</summary>
    private void Mark(TextWriter w, TimeScale scale, string kind, TimeRange range, double mid, double offset, string title)
    {
        w.Write($"<g class=\"mark {kind}\"><title>{Html.Escape(title)}</title>");
        if (range.IsExact)
        {
            var x = scale.X(range.EarliestUtcTicks);
            w.Write($"<line x1=\"{Html.Num(x)}\" x2=\"{Html.Num(x)}\" y1=\"{Html.Num(mid - 9)}\" y2=\"{Html.Num(mid + 9)}\"/>");
        }
        else
        {
            var (x1, x2) = Span(scale, range);
            w.Write($"<rect class=\"range\" x=\"{Html.Num(x1)}\" y=\"{Html.Num(mid + offset - 2)}\" width=\"{Html.Num(x2 - x1)}\" height=\"4\"/>");
        }
        w.Write("</g>");
    }

    private static (double, double) Span(TimeScale scale, TimeRange range)
    {
        var x1 = scale.X(range.EarliestUtcTicks);
        var x2 = scale.X(range.LatestUtcTicks);
        return x2 - x1 < 3 ? (x1 - 1.5, x1 + 1.5) : (x1, x2);
    }

    private void WriteAxis(TextWriter w, TimeScale scale, double y, long? asOfLine)
    {
        var axis = y + 18;
        w.Write($"<g class=\"axis\"><line x1=\"{Html.Num(PlotLeft)}\" x2=\"{Html.Num(PlotRight)}\" y1=\"{Html.Num(axis)}\" y2=\"{Html.Num(axis)}\"/>");
        foreach (var (from, to, ticks) in scale.Gaps())
        {
            if (ticks < 2 * TimeSpan.TicksPerDay) continue;
            var x = (from + to) / 2;
            w.Write($"<path class=\"break\" d=\"M{Html.Num(x - 4)} {Html.Num(axis + 4)}l4 -8M{Html.Num(x)} {Html.Num(axis + 4)}l4 -8\"/>");
            if (to - from >= 44) w.Write($"<text class=\"gap\" x=\"{Html.Num(x)}\" y=\"{Html.Num(axis - 4)}\">{Duration.Short(ticks)}</text>");
        }
        var last = double.NegativeInfinity;
        foreach (var key in scale.Keys)
        {
            var x = scale.X(key);
            if (x - last < 74) continue;
            last = x;
            var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(key, TimeSpan.Zero), calendar.Zone);
            w.Write($"<line class=\"tick\" x1=\"{Html.Num(x)}\" x2=\"{Html.Num(x)}\" y1=\"{Html.Num(axis)}\" y2=\"{Html.Num(axis + 4)}\"/>");
            w.Write($"<text class=\"tick-label\" x=\"{Html.Num(x)}\" y=\"{Html.Num(axis + 16)}\">{local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</text>");
            w.Write($"<text class=\"tick-label\" x=\"{Html.Num(x)}\" y=\"{Html.Num(axis + 28)}\">{local.ToString("HH:mm", CultureInfo.InvariantCulture)}</text>");
        }
        w.Write("</g>");
        if (asOfLine is { } at)
        {
            var x = scale.X(at);
            w.Write($"<g class=\"asof\"><title>reference time: {Html.Escape(TimeText.Instant(calendar, at))}</title><line x1=\"{Html.Num(x)}\" x2=\"{Html.Num(x)}\" y1=\"{Html.Num(Top)}\" y2=\"{Html.Num(axis)}\"/><text x=\"{Html.Num(x)}\" y=\"{Html.Num(Top - 5)}\">as of</text></g>");
        }
    }
}
