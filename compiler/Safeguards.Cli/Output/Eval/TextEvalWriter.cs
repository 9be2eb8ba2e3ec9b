using Safeguards.Evaluation;
using Safeguards.Evaluation.Batch;
using Safeguards.Runtime;

namespace Safeguards.Cli.Output.Eval;

/// <summary>Findings for people: one block per case, the findings that matter first.</summary>
public sealed class TextEvalWriter(TextWriter writer, bool showAll) : IEvalWriter
{
    public void Write(BatchItem item)
    {
        switch (item)
        {
            case EvaluatedCase evaluated:
                var record = evaluated.Record;
                var place = record.SourceFile is null ? "" : $" ({CliConsole.Display(record.SourceFile)}{(record.SourceLine > 1 ? $":{record.SourceLine}" : "")})";
                writer.WriteLine(TerminalText.Clean($"Case {record.Id}{place}"));
                var shown = evaluated.Findings.Where(f => showAll || f.Outcome != Outcome.NotApplicable)
                    .OrderByDescending(f => OutcomeNames.Rank(f.Outcome)).ThenBy(f => f.SafeguardId, StringComparer.Ordinal).ToList();
                foreach (var finding in shown)
                {
                    var citation = string.Join("; ", finding.Citations.Select(CitationText.Format));
                    writer.WriteLine(TerminalText.Clean($"  {OutcomeNames.ToJson(finding.Outcome).ToUpperInvariant(),-17} {finding.SafeguardId} [{finding.Severity.ToKeyword()}] {finding.Title}"));
                    writer.WriteLine($"  {"",-17} {TerminalText.Clean(citation)}");
                    writer.WriteLine($"  {"",-17} {TerminalText.Clean(finding.Message ?? finding.Evidence.Reason)}");
                }
                var hidden = evaluated.Findings.Count - shown.Count;
                if (hidden > 0) writer.WriteLine($"  ({hidden} safeguard(s) not applicable; --all lists them)");
                break;
            case UnreadableCase unreadable:
                foreach (var error in unreadable.Errors)
                    writer.WriteLine(CaseDataErrorText.Line(error));
                break;
        }
    }

    public void Finish(BatchTotals totals)
    {
        writer.WriteLine($"{totals.Cases} case(s) evaluated, {totals.Errors} record(s) with data errors; findings: "
            + string.Join(", ", Enum.GetValues<Outcome>().Select(o => $"{totals.Count(o)} {OutcomeNames.ToJson(o)}")) + ".");
    }
}

/// <summary>A citation with the law version that applied: "CPC_OLD article 134.1 (Criminal Procedure Code, until 2015-01-01)".</summary>
public static class CitationText
{
    public static string Format(Citation citation)
    {
        var period = citation.InForceFrom is null && citation.InForceUntil is null ? "" : ", in force " + PeriodText.Describe(citation);
        var article = citation.Provision is { } provision ? $" {provision}" : "";
        var judgment = citation.Judgment is { } j ? $", {j}" : "";
        return $"{citation.Source}{article} ({citation.SourceTitle}{judgment}{period})";
    }
}
