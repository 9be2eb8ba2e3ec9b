using System.CommandLine;
using Safeguards.Evaluation.Explanation;
using Safeguards.Runtime;

namespace Safeguards.Cli.Commands;

/// <summary><c>safeguards explain RULES CASE SAFEGUARD</c>: the timeline behind one finding.</summary>
public static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = new Argument<string>("rules") { Description = "The rule pack (rule files, or a folder built by 'safeguards build')." };
        var @case = new Argument<string>("case") { Description = "One case file (.json)." };
        var safeguard = new Argument<string>("safeguard") { Description = "The safeguard id, for example DET-REG-3H." };
        var asOf = new Option<string?>("--as-of") { Description = "The reference time (ISO with offset, or 'now'; default now)." };
        var command = new Command("explain", "Explain one finding as a timeline: what started the clock, the law, the deadline, what happened.")
            { rules, @case, safeguard, asOf };
        command.SetAction(r => Run(console, r.GetValue(rules)!, r.GetValue(@case)!, r.GetValue(safeguard)!, r.GetValue(asOf)));
        return command;
    }

    public static int Run(CliConsole console, string rules, string casePath, string safeguardId, string? asOfText)
    {
        if (!AsOfParser.TryParse(asOfText, out var asOf, out var asOfError))
        {
            console.Error.WriteLine($"safeguards explain: {asOfError}");
            return ExitCodes.InputError;
        }
        var pack = PackSource.Open(console, rules, "explain");
        if (pack is null) return ExitCodes.InputError;
        var safeguard = pack.Safeguards.FirstOrDefault(s => s.Id == safeguardId);
        if (safeguard is null)
        {
            console.Error.WriteLine($"safeguards explain: the pack has no safeguard '{safeguardId}'.");
            return ExitCodes.InputError;
        }
        var results = new CaseReader(pack.Schema).ReadFile(casePath).ToList();
        var record = results.Select(r => r.Record).OfType<CaseRecord>().FirstOrDefault();
        if (record is null)
        {
            foreach (var error in results.SelectMany(r => r.Errors))
                console.Error.WriteLine($"{CliConsole.Display(error.File)}({error.Line}): error: {error.JsonPath}: {error.Message}");
            return ExitCodes.InputError;
        }
        var finding = pack.Explain(record, asOf).FirstOrDefault(f => f.SafeguardId == safeguardId);
        if (finding is null)
        {
            console.Error.WriteLine($"safeguards explain: '{safeguardId}' applies to '{safeguard.CaseSchema}' cases; this is a '{record.Schema}' case.");
            return ExitCodes.InputError;
        }
        // Days and dates in the safeguard's own pack zone, which may differ from the first pack's.
        var calendar = safeguard.TimeZoneId is { } zone && zone != pack.Schema.TimeZoneId
            ? new LegalCalendar(TimeZoneInfo.FindSystemTimeZoneById(zone), pack.Schema.MonthRounding)
            : pack.Schema.Calendar;
        console.Out.Write(TimelineExplainer.Explain(safeguard, finding, calendar, asOf));
        return finding.Outcome == Outcome.Violated ? ExitCodes.Findings : ExitCodes.Success;
    }
}
