using System.CommandLine;
using Safeguards.Cli.Output;
using Safeguards.Cli.Report;
using Safeguards.Evaluation.Batch;
using Safeguards.Evaluation.Settings;

namespace Safeguards.Cli.Commands;

/// <summary><c>safeguards report RULES CASES... -o report.html</c>: one self-contained HTML page with a
/// summary, a timeline per case and filters (docs/reports.md).</summary>
public static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = new Argument<string>("rules") { Description = "The rule pack: a folder or file of rules (*.sg), or a folder built by 'safeguards build'." };
        var cases = new Argument<string[]>("cases") { Description = "Case files (.json), batches (.jsonl) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The HTML file to write.", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "The reference time (ISO with offset, or 'now'; default now)." };
        var settings = new Option<string?>("--settings") { Description = $"Deployment settings (default: {DeploymentSettings.DefaultFileName} next to the cases, if present)." };
        var detailLimit = new Option<int>("--detail-limit")
        {
            Description = $"Draw the timeline and findings of at most this many cases (default {ReportBuilder.DefaultDetailLimit}); the rest are counted and listed.",
            DefaultValueFactory = _ => ReportBuilder.DefaultDetailLimit,
        };
        var engine = EvalCommand.EngineOption();
        var command = new Command("report", "Write an HTML report: summary, a timeline per case, filters; self-contained and printable.")
            { rules, cases, output, asOf, settings, detailLimit, engine };
        command.SetAction(r => Run(console, r.GetValue(rules)!, r.GetValue(cases)!, r.GetValue(output)!, r.GetValue(asOf), r.GetValue(settings),
            r.GetValue(detailLimit), r.GetValue(engine)!));
        return command;
    }

    public static int Run(CliConsole console, string rules, IReadOnlyList<string> cases, string outputPath, string? asOfText, string? settingsPath,
        int detailLimit = ReportBuilder.DefaultDetailLimit, string engine = PackSource.Interpreted)
    {
        if (!AsOfParser.TryParse(asOfText, out var asOf, out var asOfError))
        {
            console.Error.WriteLine($"safeguards report: {asOfError}");
            return ExitCodes.InputError;
        }
        if (detailLimit < 0)
        {
            console.Error.WriteLine("safeguards report: --detail-limit must be 0 or more");
            return ExitCodes.InputError;
        }
        var pack = PackSource.Open(console, rules, "report", engine);
        if (pack is null) return ExitCodes.InputError;
        if (!SettingsLoader.TryLoad(console, "report", settingsPath, cases, out var settings)) return ExitCodes.InputError;

        var evaluator = new BatchEvaluator(pack, settings, asOf);
        // Written to a new temporary file and renamed over the output at the end (AtomicFile).
        AtomicFile.Pending file;
        try
        {
            file = AtomicFile.Begin(outputPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"safeguards report: cannot write {CliConsole.Display(outputPath)}: {e.Message}");
            return ExitCodes.InputError;
        }
        ReportSummary summary;
        using (file)
        using (var builder = new ReportBuilder(pack, asOf, outputPath, detailLimit))
        {
            using (var progress = new Progress(console, "cases"))
            {
                foreach (var item in evaluator.Run(cases))
                {
                    builder.Add(item);
                    progress.Tick();
                }
            }
            builder.Finish(file.Stream);
            file.Commit();
            summary = builder.Summary;
        }
        var totals = summary.Totals;
        var size = new FileInfo(outputPath).Length;
        console.Error.WriteLine($"{CliConsole.Display(outputPath)}: {totals.Cases} case(s), {totals.Errors} record(s) with data errors, {totals.Violations} violation(s); "
            + $"{summary.DetailedCases} case(s) in detail; {size / 1024.0:0.#} KiB.");
        // The findings and data errors are the report's content: once it is written, the run succeeded.
        return ExitCodes.Success;
    }
}
