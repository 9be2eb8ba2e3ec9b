using System.CommandLine;
using Safeguards.Cli.Output;
using Safeguards.Language.Diagnostics;
using Safeguards.Language.Semantics;
using Safeguards.Language.Workspace;

namespace Safeguards.Cli.Commands;

/// <summary><c>safeguards check PATH...</c>: parse and bind rule files, print every diagnostic.</summary>
public static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Rule files (*.sg) or folders to check.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format: text or sarif.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of the standard output." };
        var command = new Command("check", "Check rule files for mistakes and print diagnostics.") { paths, format, output };
        command.SetAction(result => Run(console, result.GetValue(paths)!, result.GetValue(format)!, result.GetValue(output)));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> paths, string format, string? outputPath)
    {
        var loaded = RuleFileLoader.Load(paths);
        foreach (var error in loaded.Errors) console.Error.WriteLine(error.Describe(CliConsole.Display(error.Path)));
        if (loaded.Trees.Count == 0 && loaded.Errors.Count == 0)
        {
            console.Error.WriteLine("safeguards check: no rule files given");
            return ExitCodes.InputError;
        }
        // With nothing readable the report still goes out: a SARIF consumer must see the coded file problems.

        var compilation = Compilation.Create(loaded.Trees);
        StreamWriter? writer;
        AtomicFile.Pending? pending;
        try
        {
            pending = outputPath is null ? null : AtomicFile.Begin(outputPath); // renamed over the output once complete
            writer = pending is null ? null : new StreamWriter(pending.Stream, leaveOpen: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A path the user gave is input, not an internal error.
            console.Error.WriteLine($"{CliConsole.Display(outputPath!)}: error: cannot write the report: {e.Message}");
            return ExitCodes.InputError;
        }
        using var _ = pending;
        var target = writer ?? console.Out;
        if (format == "sarif")
            SarifWriter.Write(target, [.. loaded.Errors.Select(e => e.ToDiagnostic()), .. compilation.Diagnostics]); // unreadable files too
        else
            DiagnosticPrinter.Print(target, compilation.Diagnostics);

        writer?.Dispose();
        pending?.Commit();
        var errors = compilation.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = compilation.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var summary = $"Checked {loaded.Trees.Count} file(s) in {compilation.Packs.Count} pack(s) with {compilation.Safeguards.Count()} safeguard(s): "
            + $"{errors} error(s), {warnings} warning(s).";
        (format == "sarif" && outputPath is null ? console.Error : console.Out).WriteLine(summary);
        return errors > 0 || loaded.Errors.Count > 0 ? (errors > 0 ? ExitCodes.Findings : ExitCodes.InputError) : ExitCodes.Success;
    }
}
