using System.CommandLine;
using Safeguards.Cli.Output;
using Safeguards.Evaluation;
using Safeguards.Evaluation.Fixtures;
using Safeguards.Runtime;

namespace Safeguards.Cli.Commands;

/// <summary><c>safeguards test PATH...</c>: run the fixtures next to the packs, like <c>opa test</c>.</summary>
public static class TestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Folders (or files) with rule files and their *.fixtures.json.", Arity = ArgumentArity.OneOrMore };
        var filter = new Option<string?>("--filter") { Description = "Run only fixtures whose name contains this text, or that check this safeguard id." };
        var format = new Option<string>("--format") { Description = "Output: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var junit = new Option<string?>("--junit") { Description = "Also write a JUnit XML report to this file." };
        var coverage = new Option<bool>("--coverage") { Description = "Print coverage by legal provision (always included in JSON)." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List passing fixtures too." };
        var engine = EvalCommand.EngineOption();
        var command = new Command("test", "Run a pack's fixtures and report failures and coverage by legal provision.")
            { paths, filter, format, junit, coverage, verbose, engine };
        command.SetAction(r => Run(console, r.GetValue(paths)!, r.GetValue(filter), r.GetValue(format)!, r.GetValue(junit),
            r.GetValue(coverage), r.GetValue(verbose), r.GetValue(engine)!));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> paths, string? filter, string format, string? junitPath, bool showCoverage, bool verbose,
        string engine = PackSource.Interpreted)
    {
        if (junitPath is not null && OutputFile.Problem(junitPath) is { } junitProblem)
        {
            console.Error.WriteLine($"safeguards test: --junit: {junitProblem}");
            return ExitCodes.InputError;
        }
        if (!CasePaths.AllExist(console, paths)) return ExitCodes.InputError;
        var loaded = RulePackLoader.Load(console, RulePaths(paths), "test", out var failure);
        if (loaded is null) return failure;
        IRulePack pack = new Interpreter(loaded.Model);
        if (engine == PackSource.Compiled)
        {
            if (!Compiler.Emit.PackCompiler.TryCompile(loaded.Lowered, out var compiled, out var compileFailure))
            {
                foreach (var message in compileFailure!.Messages) console.Error.WriteLine($"safeguards test: internal error: {message}");
                return ExitCodes.InternalError;
            }
            pack = Compiler.Emit.PackLoader.Load(compiled!.Assembly, compiled.Pdb);
        }
        var runner = new FixtureRunner(pack);
        var vocabulary = FixtureVocabulary.Of(loaded.Compilation.Packs.Select(p => p.Name), pack);

        var results = new List<FixtureResult>();
        var errors = new List<FixtureError>();
        var files = FixtureReader.Discover(paths).ToList();
        using var progress = new Progress(console, "fixtures");
        foreach (var file in files)
        {
            var (fixtures, fileErrors) = FixtureReader.Read(file, vocabulary);
            errors.AddRange(fileErrors.Where(e => e.FixtureName is null || Matches(e.FixtureName, filter)));
            foreach (var fixture in fixtures.Where(f => Matches(f, filter)))
            {
                results.Add(runner.Run(fixture));
                progress.Tick();
            }
        }
        progress.Dispose();

        var report = CoverageReport.Compute(loaded.Model, results);
        if (junitPath is not null && !OutputFile.TryWrite(console, "test", junitPath, stream => JUnitWriter.Write(stream, results, errors)))
            return ExitCodes.InputError;
        if (format == "json")
            TestJsonWriter.Write(console.Out, results, errors, report);
        else
            TestTextWriter.Write(console.Out, results, errors, report, showCoverage, verbose, files.Count);

        if (files.Count == 0)
        {
            console.Error.WriteLine("safeguards test: no fixture files (*.fixtures.json) found");
            return ExitCodes.InputError;
        }
        return FixtureTally.Failed(results, errors) > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The rule files are the paths that are not fixture files; a fixture file named alone
    /// brings the rule files of its folder.</summary>
    private static List<string> RulePaths(IReadOnlyList<string> paths)
    {
        var rules = paths.Where(p => !p.EndsWith(FixtureReader.Suffix, StringComparison.Ordinal)).ToList();
        return rules.Count > 0 ? rules : [.. paths.Select(p => Path.GetDirectoryName(Path.GetFullPath(p))!).Distinct(StringComparer.Ordinal)];
    }

    private static bool Matches(Fixture fixture, string? filter) =>
        Matches(fixture.Name, filter) || fixture.Expectations.Any(e => e.SafeguardId == filter);

    private static bool Matches(string name, string? filter) => filter is null || name.Contains(filter, StringComparison.Ordinal);
}
