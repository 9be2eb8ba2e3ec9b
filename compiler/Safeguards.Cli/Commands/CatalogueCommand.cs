using System.CommandLine;
using Safeguards.Cli.Output;
using Safeguards.Evaluation.Catalogue;

namespace Safeguards.Cli.Commands;

/// <summary><c>safeguards catalogue RULES [-o FILE] [--check]</c>: the Markdown catalogue of a pack, with the
/// seed-catalogue items the rules folders list in not-encoded.json as deliberately not encoded.</summary>
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
        var loaded = RulePackLoader.Load(console, rules, "catalogue", out var failure);
        if (loaded is null) return failure;
        var notEncoded = NotEncodedReader.ReadAll(rules);
        var problems = notEncoded.Errors.Concat(NotEncodedReader.Check(notEncoded.Items, loaded.Model)).ToList();
        foreach (var problem in problems)
            console.Error.WriteLine($"{CliConsole.Display(problem.File)}{(problem.Line > 0 ? $"({problem.Line})" : "")}: error: {problem.Message}");
        if (problems.Count > 0) return ExitCodes.InputError;
        var markdown = CatalogueWriter.Write(loaded.Lowered, notEncoded.Items);
        if (output is null)
        {
            console.Out.Write(markdown);
            return ExitCodes.Success;
        }
        if (check)
        {
            if (Directory.Exists(output))
            {
                console.Error.WriteLine($"safeguards catalogue: {CliConsole.Display(output)} is a folder; name the catalogue file");
                return ExitCodes.InputError;
            }
            var current = File.Exists(output) ? File.ReadAllText(output) : null;
            if (current == markdown) return ExitCodes.Success;
            console.Error.WriteLine($"{CliConsole.Display(output)} is stale: run 'safeguards catalogue {string.Join(' ', rules)} -o {output}'.");
            return ExitCodes.Findings;
        }
        return OutputFile.TryWrite(console, "catalogue", output, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(markdown)))
            ? ExitCodes.Success : ExitCodes.InputError;
    }
}
