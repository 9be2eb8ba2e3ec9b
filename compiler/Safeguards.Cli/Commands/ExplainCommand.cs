using Safeguards.Runtime.CompilerServices;
using System.CommandLine;
using Safeguards.Cli.Output;
using Safeguards.Evaluation;
using Safeguards.Evaluation.Explanation;
using Safeguards.Language.Semantics;
using Safeguards.Runtime;

namespace Safeguards.Cli.Commands;

/// <summary><c>safeguards explain RULES CASE SAFEGUARD [--case ID]</c>: the timeline behind one finding.</summary>
public static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = new Argument<string>("rules") { Description = "The rule pack (rule files, or a folder built by 'safeguards build')." };
        var @case = new Argument<string>("case") { Description = "A case file (.json), or a batch (.jsonl) with --case." };
        var safeguard = new Argument<string>("safeguard") { Description = "The safeguard id, for example DET-REG-3H." };
        var asOf = new Option<string?>("--as-of") { Description = "The reference time (ISO with offset, or 'now'; default now)." };
        var caseId = new Option<string?>("--case") { Description = "The id of the case to explain, when the file holds more than one." };
        var command = new Command("explain", "Explain one finding as a timeline: what started the clock, the law, the deadline, what happened.")
            { rules, @case, safeguard, asOf, caseId };
        command.SetAction(r => Run(console, r.GetValue(rules)!, r.GetValue(@case)!, r.GetValue(safeguard)!, r.GetValue(asOf), r.GetValue(caseId)));
        return command;
    }

    public static int Run(CliConsole console, string rules, string casePath, string safeguardId, string? asOfText, string? caseId = null)
    {
        if (!AsOfParser.TryParse(asOfText, out var asOf, out var asOfError))
        {
            console.Error.WriteLine($"safeguards explain: {asOfError}");
            return ExitCodes.InputError;
        }
        if (!CasePaths.AllExist(console, [casePath])) return ExitCodes.InputError;
        var pack = PackSource.Open(console, rules, "explain", out var failure);
        if (pack is null) return failure;
        var safeguard = pack.Safeguards.FirstOrDefault(s => s.Id == safeguardId);
        if (safeguard is null)
        {
            var suggestion = NameSuggestions.Closest(safeguardId, pack.Safeguards.Select(s => s.Id));
            console.Error.WriteLine($"safeguards explain: the pack has no safeguard '{TerminalText.Clean(safeguardId)}'.{NameSuggestions.DidYouMean(suggestion)}");
            return ExitCodes.InputError;
        }
        var results = new CaseReader(pack.Schema).ReadFile(casePath).ToList();
        foreach (var error in results.SelectMany(r => r.Errors))
            console.Error.WriteLine(CaseDataErrorText.Line(error));
        if (results.Any(r => r.Errors.Count > 0)) return ExitCodes.InputError;
        var record = Choose(console, casePath, results.Select(r => r.Record).OfType<CaseRecord>().ToList(), caseId);
        if (record is null) return ExitCodes.InputError;
        var finding = pack.Explain(record, asOf).FirstOrDefault(f => f.SafeguardId == safeguardId);
        if (finding is null)
        {
            console.Error.WriteLine($"safeguards explain: '{safeguardId}' applies to '{safeguard.CaseSchema}' cases; this is a '{record.Schema}' case.");
            return ExitCodes.InputError;
        }
        // Days and dates in the safeguard's own pack zone, which may differ from the first pack's; the record as read there.
        var zoneIndex = pack.Schema.ZoneIndexOf(safeguard.TimeZoneId);
        var calendar = pack.Schema.CalendarOf(zoneIndex);
        var relations = RecordRelationsText.Lines(pack.Schema, record.InZone(zoneIndex));
        console.Out.Write(TerminalText.CleanLines(TimelineExplainer.Explain(safeguard, Output.SafeFinding.ForTerminal(finding), calendar, asOf, relations)));
        return finding.Outcome == Outcome.Violated ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The one case of the file, or the one --case names; a batch of several needs --case.</summary>
    private static CaseRecord? Choose(CliConsole console, string casePath, IReadOnlyList<CaseRecord> records, string? caseId)
    {
        var where = CliConsole.Display(casePath);
        if (records.Count == 0)
        {
            console.Error.WriteLine($"safeguards explain: {where} holds no case");
            return null;
        }
        if (caseId is null)
        {
            if (records.Count == 1) return records[0];
            console.Error.WriteLine($"safeguards explain: {where} holds {records.Count} cases; name one with --case ID: "
                + string.Join(", ", records.Select(r => TerminalText.Clean(r.Id))));
            return null;
        }
        var chosen = records.Where(r => r.Id == caseId).ToList();
        if (chosen.Count == 1) return chosen[0];
        if (chosen.Count > 1)
        {
            console.Error.WriteLine($"safeguards explain: {where} holds {chosen.Count} cases with the id '{TerminalText.Clean(caseId)}' "
                + $"(lines {string.Join(", ", chosen.Select(r => r.SourceLine))}); give each case its own id");
            return null;
        }
        var suggestion = NameSuggestions.Closest(caseId, records.Select(r => r.Id));
        console.Error.WriteLine($"safeguards explain: {where} has no case '{TerminalText.Clean(caseId)}'.{NameSuggestions.DidYouMean(suggestion is null ? null : TerminalText.Clean(suggestion))}"
            + $" The cases are: {string.Join(", ", records.Select(r => TerminalText.Clean(r.Id)))}.");
        return null;
    }
}
