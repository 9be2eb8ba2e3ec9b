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
        if (!CasePaths.AllExist(console, cases)) return ExitCodes.InputError;
        if (OutputFile.Problem(outputPath) is { } outputProblem)
        {
            console.Error.WriteLine($"safeguards report: {outputProblem}");
            return ExitCodes.InputError;
        }
        var pack = PackSource.Open(console, rules, "report", out var failure, engine);
        if (pack is null) return failure;
        if (!SettingsLoader.TryLoad(console, "report", settingsPath, cases, out var settings)) return ExitCodes.InputError;

        var evaluator = new BatchEvaluator(pack, settings, asOf);
        // Written to a new temporary file and renamed over the output at the end (AtomicFile).
        var repeated = new RepeatedCaseIds();
        ReportSummary summary;
        using (var file = OutputFile.Begin(console, "report", outputPath))
        {
            if (file is null) return ExitCodes.InputError;
            try
            {
                summary = Write(console, pack, asOf, outputPath, detailLimit, evaluator, cases, file.Stream, repeated);
                file.Commit();
            }
            catch (Exception e) when (OutputFile.IsWriteFailure(e))
            {
                OutputFile.WriteFailed(console, "report", outputPath, e); // the uncommitted file is deleted
                return ExitCodes.InputError;
            }
        }
        repeated.WriteWarnings(console, "report");
        var totals = summary.Totals;
        var size = new FileInfo(outputPath).Length;
        console.Error.WriteLine($"{CliConsole.Display(outputPath)}: {totals.Cases} case(s), {totals.Errors} record(s) with data errors, {totals.Violations} violation(s); "
            + $"{summary.DetailedCases} case(s) in detail; {size / 1024.0:0.#} KiB." + (repeated.Count > 0 ? " " + repeated.Summary : ""));
        // The findings and data errors are the report's content: once it is written, the run succeeded.
        return ExitCodes.Success;
    }

    private static ReportSummary Write(CliConsole console, Runtime.IRulePack pack, long asOf, string outputPath, int detailLimit, BatchEvaluator evaluator,
        IReadOnlyList<string> cases, Stream file, RepeatedCaseIds repeated)
    {
        using (var builder = new ReportBuilder(pack, asOf, outputPath, detailLimit))
        {
            using (var progress = new Progress(console, "cases"))
            {
                foreach (var item in evaluator.Run(cases))
                {
                    builder.Add(item);
                    repeated.Add(item);
                    progress.Tick();
                }
            }
            builder.Finish(file);
            return builder.Summary;
        }
    }
}
