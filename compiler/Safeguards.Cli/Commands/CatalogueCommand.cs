using System.CommandLine;
using Safeguards.Evaluation.Catalogue;

namespace Safeguards.Cli.Commands;

/// <summary><c>safeguards catalogue RULES [-o FILE] [--check]</c>: the Markdown catalogue of a pack.</summary>
public static class CatalogueCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = new Argument<string[]>("rules") { Description = "Rule files or folders.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Write the catalogue to this file (default: standard output)." };
        var check = new Option<bool>("--check") { Description = "Do not write; exit 1 if the file is not current." };
        var command = new Command("catalogue", "Write a Markdown catalogue of every safeguard for legal review.") { rules, output, check };
        command.SetAction(r => Run(console, r.GetValue(rules)!, r.GetValue(output), r.GetValue(check)));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> rules, string? output, bool check)
    {
        var loaded = RulePackLoader.Load(console, rules, "catalogue");
        if (loaded is null) return ExitCodes.InputError;
        var markdown = CatalogueWriter.Write(loaded.Model);
        if (output is null)
        {
            console.Out.Write(markdown);
            return ExitCodes.Success;
        }
        if (check)
        {
            var current = File.Exists(output) ? File.ReadAllText(output) : null;
            if (current == markdown) return ExitCodes.Success;
            console.Error.WriteLine($"{CliConsole.Display(output)} is stale: run 'safeguards catalogue {string.Join(' ', rules)} -o {output}'.");
            return ExitCodes.Findings;
        }
        Output.AtomicFile.WriteAllText(output, markdown);
        return ExitCodes.Success;
    }
}
