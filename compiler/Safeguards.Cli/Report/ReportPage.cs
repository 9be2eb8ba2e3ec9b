using Safeguards.Runtime.CompilerServices;
using Safeguards.Runtime;

namespace Safeguards.Cli.Report;

/// <summary>The parts of the page around the streamed cases: the head (Content-Security-Policy, inline
/// style), the filter form, the summary, and the closing script.</summary>
public sealed class ReportPage(IRulePack pack, long asOf, FindingKey keys)
{
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    public void WriteHead(TextWriter w)
    {
        var title = $"Safeguards report: {pack.Schema.PackName}";
        w.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        w.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\">");
        w.Write($"<title>{Html.Escape(title)}</title><style>{ReportStyles.Css}</style></head>\n<body>");
        w.Write($"<header><h1>{Html.Escape(title)}</h1><p class=\"sub\">Reference time {Html.Escape(TimeText.Instant(pack.Schema.Calendar, asOf))}, {(pack.Schema.TimeZoneIds.Count > 1 ? "each case's times shown in the zone of its own pack" : $"times shown in {Html.Escape(pack.Schema.TimeZoneId)}")}.</p></header>\n");
    }

    public void WriteFilters(TextWriter w)
    {
        w.Write("<form id=\"filters\" hidden aria-label=\"Filters\"><fieldset><legend>Outcome</legend>");
        foreach (var outcome in OutcomeOrder.WorstFirst)
            w.Write($"<label><input type=\"checkbox\" name=\"o\" value=\"{(int)outcome}\" checked> {OutcomeOrder.Words(outcome)}</label>");
        w.Write($"<button type=\"button\" data-only=\"{(int)Outcome.Violated}\">Only violated</button><button type=\"button\" data-only=\"all\">Show all</button>");
        w.Write("</fieldset><fieldset><legend>Severity</legend>");
        foreach (var severity in Enum.GetValues<Severity>())
            w.Write($"<label><input type=\"checkbox\" name=\"s\" value=\"{(int)severity}\" checked> {severity.ToKeyword()}</label>");
        w.Write("</fieldset><fieldset><legend>Safeguard</legend><select name=\"g\"><option value=\"\">all safeguards</option>");
        for (var i = 0; i < keys.Safeguards.Count; i++)
            w.Write($"<option value=\"{i}\">{Html.Escape(keys.Safeguards[i].Id)}: {Html.Escape(Html.Clip(keys.Safeguards[i].Title, 70))}</option>");
        w.Write("</select></fieldset><span id=\"shown-count\" aria-live=\"polite\"></span></form>\n");
    }

    public void WriteSummary(TextWriter w, ReportSummary summary, int detailLimit, int indexLimit)
    {
        var totals = summary.Totals;
        w.Write("<section id=\"summary\"><h2>Summary</h2><dl class=\"totals\">");
        Total(w, "Cases evaluated", "cases-evaluated", totals.Cases);
        Total(w, "Records with data errors", "records-with-errors", totals.Errors);
        Total(w, "Findings", "findings-total", totals.Findings);
        Total(w, "Violations", "violations-total", totals.Violations);
        w.Write("</dl>");

        w.Write("<h3>Findings by outcome and severity</h3><table class=\"by-outcome\"><thead><tr><th>Outcome</th>");
        foreach (var severity in Enum.GetValues<Severity>()) w.Write($"<th class=\"n\">{severity.ToKeyword()}</th>");
        w.Write("<th class=\"n\">total</th></tr></thead><tbody>");
        foreach (var outcome in OutcomeOrder.WorstFirst)
        {
            var name = OutcomeNames.ToJson(outcome);
            w.Write($"<tr><th><span class=\"badge o-{name}\">{OutcomeOrder.Words(outcome)}</span></th>");
            foreach (var severity in Enum.GetValues<Severity>())
                w.Write($"<td class=\"n\" data-outcome=\"{name}\" data-severity=\"{severity.ToKeyword()}\">{summary.Count(outcome, severity)}</td>");
            w.Write($"<td class=\"n\" data-outcome-total=\"{name}\">{totals.Count(outcome)}</td></tr>");
        }
        w.Write("</tbody></table>");

        var top = summary.MostViolated(10).ToList();
        w.Write("<h3>Safeguards most often violated</h3>");
        if (top.Count == 0) w.Write("<p>No safeguard was violated.</p>");
        else
        {
            w.Write("<table class=\"top\"><thead><tr><th>Safeguard</th><th>Title</th><th class=\"n\">violated</th><th class=\"n\">indeterminate</th><th class=\"n\">applicable</th></tr></thead><tbody>");
            foreach (var (id, counts) in top)
                w.Write($"<tr data-safeguard=\"{Html.Escape(id)}\"><td><b>{Html.Escape(id)}</b></td><td>{Html.Escape(keys.Find(id)?.Title)}</td><td class=\"n o-violated\">{counts.Violated}</td><td class=\"n\">{counts.Indeterminate}</td><td class=\"n\">{counts.Applicable}</td></tr>");
            w.Write("</tbody></table>");
        }

        w.Write($"<h3>Records with errors in their data ({totals.Errors})</h3>");
        if (totals.Errors == 0) w.Write("<p>Every record could be read.</p>");
        else WriteErrors(w, summary);

        if (totals.Cases > detailLimit)
            w.Write($"<p class=\"note\" id=\"detail-limit\">This report shows the timeline and findings of the first {detailLimit} of {totals.Cases} cases; "
                + $"{(totals.Cases > indexLimit ? $"the case index lists the first {indexLimit}" : "the others are listed in the case index with their counts")}. "
                + "The summary counts every case. Report a smaller batch, or use --detail-limit, to see more.</p>");
        w.Write("</section>\n");
    }

    private static void WriteErrors(TextWriter w, ReportSummary summary)
    {
        w.Write("<table class=\"errors\"><thead><tr><th>File</th><th class=\"n\">Line</th><th>Case</th><th>Field</th><th>Code</th><th>Problem</th></tr></thead><tbody>");
        foreach (var record in summary.Errors)
        {
            foreach (var problem in record.Errors)
                w.Write($"<tr><td>{Html.Escape(problem.File)}</td><td class=\"n\">{problem.Line}</td><td>{Html.Escape(problem.CaseId ?? record.Error.CaseId)}</td><td><code>{Html.Escape(problem.JsonPath)}</code></td><td><code>{Html.Escape(problem.Code)}</code></td><td>{Html.Escape(problem.Message)}</td></tr>");
        }
        w.Write("</tbody></table>");
        if (summary.Totals.Errors > summary.Errors.Count)
            w.Write($"<p class=\"note\">The first {summary.Errors.Count} of {summary.Totals.Errors} records with errors are listed; run 'safeguards eval' for all of them.</p>");
    }

    private static void Total(TextWriter w, string label, string id, int value) =>
        w.Write($"<div><dt>{label}</dt><dd id=\"{id}\">{value}</dd></div>");

    public static void WriteLegend(TextWriter w) =>
        w.Write("<p class=\"legend\">Timelines: one row per event type (● exact time, ▬ imprecise time, ? time unknown), then one row per applicable safeguard: "
            + "the shaded window runs from the trigger (blue) to the deadline (dashed); ◆ the completing event; ⊗ no completing event as of the reference time; "
            + "for a minimum waiting time the window is the wait and the dotted mark the earliest instant the act was allowed; "
            + "a red bar is the overrun (for a wait, how much too early). The axis is compressed: long gaps are shortened (marked // with their length). Hover a mark for its exact time.</p>\n");

    public static void WriteTail(TextWriter w) => w.Write($"<script>{ReportScript.Js}</script>\n</body></html>\n");
}
