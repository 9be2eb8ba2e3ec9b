using Safeguards.Cli.Output;
using Safeguards.Evaluation.Model;
using Safeguards.Language.Diagnostics;
using Safeguards.Language.Semantics;
using Safeguards.Language.Workspace;

namespace Safeguards.Cli.Commands;

/// <summary>Loads rule files for the commands that evaluate (eval, test, build, explain, report):
/// they refuse packs with errors, and say why on stderr.</summary>
public static class RulePackLoader
{
    public sealed record Loaded(Compilation Compilation, EvaluationModel Model);

    public static Loaded? Load(CliConsole console, IReadOnlyList<string> paths, string command)
    {
        var loaded = RuleFileLoader.Load(paths);
        foreach (var error in loaded.Errors) console.Error.WriteLine(error.Describe(CliConsole.Display(error.Path)));
        if (loaded.Trees.Count == 0) return null;
        var compilation = Compilation.Create(loaded.Trees);
        var errors = compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            DiagnosticPrinter.Print(console.Error, errors);
            console.Error.WriteLine($"safeguards {command}: the rule files have {errors.Count} error(s); fix them first ('safeguards check' lists them).");
            return null;
        }
        if (!ModelBuilder.TryBuild(compilation, out var model, out var message))
        {
            console.Error.WriteLine($"safeguards {command}: {message}");
            return null;
        }
        return new Loaded(compilation, model!);
    }
}
