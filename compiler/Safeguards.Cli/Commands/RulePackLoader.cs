using Safeguards.Cli.Output;
using Safeguards.Language.Diagnostics;
using Safeguards.Language.Semantics;
using Safeguards.Language.Workspace;
using Safeguards.Lowering;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Cli.Commands;

/// <summary>Loads rule files for the commands that evaluate (eval, test, build, explain, report):
/// they refuse packs with errors, and say why on stderr.</summary>
public static class RulePackLoader
{
    public sealed record Loaded(Compilation Compilation, LoweredPack Lowered)
    {
        public PackPlan Model => Lowered.Plan;
    }

    /// <param name="failure">When null is returned, the exit code: <see cref="ExitCodes.Findings"/> for errors
    /// in the rules (as <c>check</c> reports them), <see cref="ExitCodes.InputError"/> for paths that cannot be read.</param>
    public static Loaded? Load(CliConsole console, IReadOnlyList<string> paths, string command, out int failure)
    {
        failure = ExitCodes.InputError;
        var loaded = RuleFileLoader.Load(paths);
        foreach (var error in loaded.Errors) console.Error.WriteLine(error.Describe(CliConsole.Display(error.Path)));
        // A path that cannot be read is refused even when others can: a pack missing a file would
        // give answers without its safeguards.
        if (loaded.Trees.Count == 0 || loaded.Errors.Count > 0) return null;
        var compilation = Compilation.Create(loaded.Trees);
        var errors = compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            DiagnosticPrinter.Print(console.Error, errors);
            console.Error.WriteLine($"safeguards {command}: the rule files have {errors.Count} error(s); fix them first ('safeguards check' lists them).");
            failure = ExitCodes.Findings;
            return null;
        }
        if (!PackLowering.TryLower(compilation, out var lowered, out var message))
        {
            console.Error.WriteLine($"safeguards {command}: {message}");
            return null;
        }
        return new Loaded(compilation, lowered!);
    }
}
