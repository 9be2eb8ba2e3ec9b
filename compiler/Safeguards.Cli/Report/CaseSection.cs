using Safeguards.Runtime.CompilerServices;
using Safeguards.Runtime;

namespace Safeguards.Cli.Report;

/// <summary>One case in detail: a heading, the timeline, and each applicable finding with its outcome,
/// severity, citations (with the law version) and explanation; the safeguards that did not apply are
/// folded away. One section is one printed page.</summary>
/// <param name="timelines">One per pack zone, by zone index.</param>
public sealed class CaseSection(PackSchema schema, FindingKey keys, CaseZones zones, IReadOnlyList<TimelineSvg> timelines)
{
    public void Write(TextWriter w, int number, CaseRecord record, IReadOnlyList<Finding> findings)
    {
        var applicable = findings.Where(f => f.Outcome != Outcome.NotApplicable)
            .OrderByDescending(f => OutcomeNames.Rank(f.Outcome)).ThenBy(f => f.Severity).ToList();
        var notApplicable = findings.Where(f => f.Outcome == Outcome.NotApplicable).ToList();
        w.Write($"<section class=\"case\" id=\"case-{number}\" data-case=\"{Html.Escape(record.Id)}\">");
        w.Write($"<h2><span class=\"num\">#{number}</span> {Html.Escape(record.Id)}</h2>");
        w.Write($"<p class=\"meta\">Case schema <b>{Html.Escape(record.Schema)}</b>");
        if (record.SourceFile is { } file) w.Write($" · {Html.Escape(file)}:{record.SourceLine}");
        w.Write(" · ");
        CaseIndex.WriteCounts(w, findings);
        // The case is drawn as its own pack reads it: its dates in that pack's zone, its times shown in it.
        var zone = zones.Of(record);
        if (zones.Several) w.Write($" · times in {Html.Escape(zones.ZoneId(zone))}");
        w.Write("</p>");
        timelines[zone].Write(w, record.Id, CaseEvents.ByType(schema, record.InZone(zone)), findings, keys.Find);
        if (applicable.Count == 0)
        {
            w.Write("<p class=\"none\">No safeguard applies to this case.</p>");
        }
        else
        {
            w.Write("<table class=\"findings\"><thead><tr><th>Outcome</th><th>Safeguard and law</th><th>Explanation</th></tr></thead><tbody>");
            foreach (var finding in applicable) WriteFinding(w, finding);
            w.Write("</tbody></table>");
        }
        if (notApplicable.Count > 0)
        {
            w.Write($"<details class=\"na\"><summary>{notApplicable.Count} safeguard(s) not applicable</summary><ul>");
            foreach (var finding in notApplicable)
                w.Write($"<li class=\"f\" data-k=\"{keys.Of(finding)}\"><b>{Html.Escape(finding.SafeguardId)}</b> {Html.Escape(finding.Evidence.Reason)}</li>");
            w.Write("</ul></details>");
        }
        w.Write("</section>\n");
    }

    private void WriteFinding(TextWriter w, Finding finding)
    {
        var outcome = OutcomeNames.ToJson(finding.Outcome);
        w.Write($"<tr class=\"f o-{outcome}\" data-k=\"{keys.Of(finding)}\">");
        w.Write($"<td><span class=\"badge o-{outcome}\">{OutcomeOrder.Words(finding.Outcome)}</span><br><span class=\"sev sev-{finding.Severity.ToKeyword()}\">{finding.Severity.ToKeyword()}</span></td>");
        w.Write($"<td><b class=\"sg\">{Html.Escape(finding.SafeguardId)}</b> {Html.Escape(finding.Title)}<ul class=\"cites\">");
        foreach (var citation in finding.Citations) w.Write($"<li>{Citations.Describe(citation)}</li>");
        w.Write("</ul></td><td>");
        w.Write($"<p class=\"reason\">{Html.Escape(finding.Evidence.Reason)}</p>");
        if (finding.Message is { } message && message != finding.Evidence.Reason) w.Write($"<p class=\"message\">{Html.Escape(message)}</p>");
        w.Write("</td></tr>");
    }
}
