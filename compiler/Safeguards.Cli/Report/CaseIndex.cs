using Safeguards.Runtime.CompilerServices;
using Safeguards.Runtime;

namespace Safeguards.Cli.Report;

/// <summary>The case index: one table row per case with its counts by outcome and a link to its
/// detail (when the case has one; see the report's detail limit). Filters use its <c>data-f</c>.</summary>
/// <remarks>Rows come in chunks of <see cref="ChunkRows"/>, each its own fixed-layout table that the browser
/// skips while it is off screen (content-visibility), so ten thousand rows load and filter quickly.</remarks>
public sealed class CaseIndex(FindingKey keys)
{
    public const int ChunkRows = 500;
    private int rows;

    public static void WriteFooter(TextWriter w, int rows)
    {
        if (rows > 0) w.Write("</tbody></table></div>\n");
    }

    private static void WriteChunkHeader(TextWriter w)
    {
        w.Write("<div class=\"chunk\"><table class=\"index\"><colgroup><col class=\"c-num\"><col class=\"c-id\"><col class=\"c-schema\"><col class=\"c-src\">");
        foreach (var _ in OutcomeOrder.Applicable) w.Write("<col class=\"c-n\">");
        w.Write("</colgroup><thead><tr><th>#</th><th>Case</th><th>Schema</th><th>Source</th>");
        foreach (var outcome in OutcomeOrder.Applicable) w.Write($"<th class=\"n\">{OutcomeOrder.Words(outcome)}</th>");
        w.Write("</tr></thead><tbody>\n");
    }

    public void WriteRow(TextWriter w, int number, CaseRecord record, IReadOnlyList<Finding> findings, bool detailed)
    {
        if (rows % ChunkRows == 0)
        {
            if (rows > 0) w.Write("</tbody></table></div>\n");
            WriteChunkHeader(w);
        }
        rows++;
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
