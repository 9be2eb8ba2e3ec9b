using Safeguards.Runtime;

namespace Safeguards.Cli.Report;

/// <summary>The case index: one table row per case with its counts by outcome and a link to its
/// detail (when the case has one; see the report's detail limit). Filters use its <c>data-f</c>.</summary>
public sealed class CaseIndex(FindingKey keys)
{
    public static void WriteHeader(TextWriter w)
    {
        w.Write("<table class=\"index\"><thead><tr><th>#</th><th>Case</th><th>Schema</th><th>Source</th>");
        foreach (var outcome in OutcomeOrder.Applicable) w.Write($"<th class=\"n\">{OutcomeOrder.Words(outcome)}</th>");
        w.Write("</tr></thead><tbody>\n");
    }

    public static void WriteFooter(TextWriter w) => w.Write("</tbody></table>\n");

    public void WriteRow(TextWriter w, int number, CaseRecord record, IReadOnlyList<Finding> findings, bool detailed)
    {
        var tokens = string.Join(' ', findings.Select(keys.Of));
        w.Write($"<tr class=\"case-row\" data-f=\"{tokens}\"{(detailed ? $" data-sec=\"case-{number}\"" : "")}><td>{number}</td><td>");
        w.Write(detailed ? $"<a href=\"#case-{number}\">{Html.Escape(record.Id)}</a>" : Html.Escape(record.Id));
        w.Write($"</td><td>{Html.Escape(record.Schema)}</td><td>{Html.Escape(record.SourceFile is { } f ? $"{Path.GetFileName(f)}:{record.SourceLine}" : "")}</td>");
        foreach (var outcome in OutcomeOrder.Applicable)
        {
            var count = 0;
            foreach (var finding in findings) if (finding.Outcome == outcome) count++;
            w.Write(count == 0 ? "<td class=\"n\"></td>" : $"<td class=\"n o-{OutcomeNames.ToJson(outcome)}\">{count}</td>");
        }
        w.Write("</tr>\n");
    }

    /// <summary>"2 violated, 1 satisfied" as small badges.</summary>
    public static void WriteCounts(TextWriter w, IReadOnlyList<Finding> findings)
    {
        var any = false;
        foreach (var outcome in OutcomeOrder.Applicable)
        {
            var count = findings.Count(f => f.Outcome == outcome);
            if (count == 0) continue;
            w.Write($"<span class=\"badge o-{OutcomeNames.ToJson(outcome)}\">{count} {OutcomeOrder.Words(outcome)}</span> ");
            any = true;
        }
        if (!any) w.Write("<span class=\"badge o-not-applicable\">nothing applicable</span>");
    }
}
