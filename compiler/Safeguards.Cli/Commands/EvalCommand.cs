using System.CommandLine;
using Safeguards.Cli.Output;
using Safeguards.Cli.Output.Eval;
using Safeguards.Evaluation;
using Safeguards.Evaluation.Batch;
using Safeguards.Evaluation.Settings;
using Safeguards.Runtime;

namespace Safeguards.Cli.Commands;

/// <summary><c>safeguards eval RULES CASES... --as-of TIME</c>: every safeguard on every case, as of a time.</summary>
public static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = new Argument<string>("rules") { Description = "The rule pack: a folder or file of rules (*.sg), or a folder built by 'safeguards build'." };
        var cases = new Argument<string[]>("cases") { Description = "Case files (.json), batches (.jsonl) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var asOf = new Option<string?>("--as-of") { Description = "The reference time (ISO with offset, or 'now'; default now)." };
        var format = new Option<string>("--format")
        {
            Description = "Output: text, json, jsonl, sarif, or outcomes (JSON Lines of outcomes only, for large batches).", DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "jsonl", "sarif", "outcomes");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of the standard output." };
        var settings = new Option<string?>("--settings") { Description = $"Deployment settings (default: {DeploymentSettings.DefaultFileName} next to the cases, if present)." };
        var all = new Option<bool>("--all") { Description = "Also list safeguards that are not applicable (text output)." };
        var engine = EngineOption();
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Evaluate on this many threads (default: one per core); output stays in input order. 1: one thread.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var verbose = new Option<bool>("--verbose") { Description = "Say on stderr which engine runs the rules (and whether the compiled pack came from the cache)." };
        var command = new Command("eval", "Evaluate cases against a rule pack as of a reference time.") { rules, cases, asOf, format, output, settings, all, engine, jobs, verbose };
        command.SetAction(r => Run(console, r.GetValue(rules)!, r.GetValue(cases)!, r.GetValue(asOf), r.GetValue(format)!, r.GetValue(output),
            r.GetValue(settings), r.GetValue(all), r.GetValue(engine)!, r.GetValue(jobs), r.GetValue(verbose)));
        return command;
    }

    public static int Run(CliConsole console, string rules, IReadOnlyList<string> cases, string? asOfText, string format, string? outputPath,
        string? settingsPath, bool all, string engine = PackSource.Interpreted, int jobs = 1, bool verbose = false)
    {
        if (!AsOfParser.TryParse(asOfText, out var asOf, out var asOfError))
        {
            console.Error.WriteLine($"safeguards eval: {asOfError}");
            return ExitCodes.InputError;
        }
        if (jobs < 1)
        {
            console.Error.WriteLine($"safeguards eval: --jobs must be 1 or more (it is {jobs})");
            return ExitCodes.InputError;
        }
        if (!CasePaths.AllExist(console, cases)) return ExitCodes.InputError;
        if (outputPath is not null && OutputFile.Problem(outputPath) is { } outputProblem)
        {
            console.Error.WriteLine($"safeguards eval: {outputProblem}");
            return ExitCodes.InputError;
        }
        var pack = PackSource.Open(console, rules, "eval", out var failure, engine, CaseInputs.TotalBytes(cases), verbose);
        if (pack is null) return failure;
        if (!SettingsLoader.TryLoad(console, "eval", settingsPath, cases, out var settings)) return ExitCodes.InputError;

        // -o goes to a new temporary file, renamed over the output once complete (AtomicFile).
        using var pending = outputPath is null ? null : OutputFile.Begin(console, "eval", outputPath);
        if (outputPath is not null && pending is null) return ExitCodes.InputError;
        try
        {
            var code = Evaluate(console, cases, format, all, asOf, pack, settings, pending?.Stream, jobs);
            pending?.Commit();
            return code;
        }
        catch (Exception e) when (pending is not null && OutputFile.IsWriteFailure(e))
        {
            OutputFile.WriteFailed(console, "eval", outputPath!, e); // the uncommitted file is deleted
            return ExitCodes.InputError;
        }
    }

    private static int Evaluate(CliConsole console, IReadOnlyList<string> cases, string format, bool all, long asOf, IRulePack pack,
        DeploymentSettings settings, FileStream? file, int jobs)
    {
        using var fileWriter = file is null ? null : new StreamWriter(file, leaveOpen: true);
        var output = fileWriter ?? console.Out;
        // JSON goes to the file's or the process's byte stream directly; other writers (tests) get text.
        using var standardOutput = file is null && ReferenceEquals(console.Out, Console.Out) ? Console.OpenStandardOutput() : null;
        var bytes = (Stream?)file ?? standardOutput;
        IEvalWriter writer = format switch
        {
            "json" or "jsonl" or "outcomes" => new JsonEvalWriter(output, format != "json", pack.Schema.PackName, asOf, pack.Schema.Calendar, bytes, pack.Safeguards),
            "sarif" => new SarifEvalWriter(output, pack.Safeguards),
            _ => new TextEvalWriter(output, all),
        };
        var totals = new BatchTotals();
        var repeated = new RepeatedCaseIds();
        var evaluator = new BatchEvaluator(pack, settings, asOf);
        using (var progress = new Progress(console, "cases"))
        {
            void Count(BatchItem item)
            {
                totals.Add(item);
                repeated.Add(item);
                progress.Tick();
            }
            if (jobs == 1)
            {
                foreach (var item in format == "outcomes" ? evaluator.RunOutcomes(cases) : evaluator.Run(cases))
                {
                    Count(item);
                    writer.Write(item);
                }
            }
            else
            {
                // Workers encode JSON Lines themselves; the other formats are written here, item by item, in order.
                var lines = writer is JsonEvalWriter { WritesLines: true } json ? json : null;
                Func<IBatchItemEncoder>? encoders = lines is null ? null : () => new JsonLineEncoder(pack.Schema.Calendar.Zone, pack.Safeguards);
                foreach (var chunk in ParallelBatch.Run(evaluator, cases, format == "outcomes", jobs, encoders))
                {
                    foreach (var item in chunk.Items)
                    {
                        Count(item);
                        if (chunk.Encoded is null) writer.Write(item);
                    }
                    if (chunk.Encoded is { } encoded) lines!.WriteEncoded(encoded.WrittenSpan);
                }
            }
        }
        writer.Finish(totals);
        if (format == "text" && repeated.Count > 0) output.WriteLine(repeated.Summary);
        (writer as IDisposable)?.Dispose();
        output.Flush();
        file?.Flush();
        repeated.WriteWarnings(console, "eval");
        if (format != "text")
        {
            console.Error.WriteLine($"{totals.Cases} case(s) evaluated, {totals.Errors} record(s) with data errors, {totals.Violations} violation(s)."
                + (repeated.Count > 0 ? " " + repeated.Summary : ""));
        }
        // Unreadable case data wins over violations: the findings of a run that skipped records are incomplete.
        return totals.Errors > 0 ? ExitCodes.InputError : totals.Violations > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>--engine: run rule files with the interpreter (instant), compile them with Roslyn first (kept in the
    /// pack cache), or choose (auto, the default: compiled when cached or when the batch is large).</summary>
    public static Option<string> EngineOption()
    {
        var engine = new Option<string>("--engine")
        {
            Description = "For rule files: auto (default: the compiled pack when the cache holds it or the batch is large, else the interpreter), "
                + "interpreter, or compiled (Roslyn; cached in $SAFEGUARDS_CACHE, $XDG_CACHE_HOME/safeguards or ~/.cache/safeguards).",
            DefaultValueFactory = _ => PackSource.Automatic,
        };
        engine.AcceptOnlyFromAmong(PackSource.Automatic, PackSource.Interpreted, PackSource.Compiled);
        return engine;
    }
}
