using System.CommandLine;
using Safeguards.Cli.Output;

namespace Safeguards.Cli.Commands;

/// <summary><c>safeguards schema RULES [-o FILE]</c>: the JSON Schema of the pack's case records, for editors
/// (the VS Code extension validates and completes case files with it).</summary>
public static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = new Argument<string[]>("rules") { Description = "Rule files or folders.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Write the schema to this file (default: standard output)." };
        var command = new Command("schema", "Write the JSON Schema of the pack's case records (event types, attributes and fact values).") { rules, output };
        command.SetAction(r => Run(console, r.GetValue(rules)!, r.GetValue(output)));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> rules, string? output)
    {
        var loaded = RulePackLoader.Load(console, rules, "schema", out var failure);
        if (loaded is null) return failure;
        var cases = loaded.Compilation.Safeguards.Select(s => s.Case).OfType<Language.Semantics.CaseSymbol>();
        var schema = CaseSchemaWriter.Write(loaded.Model.Schema, cases);
        if (output is null)
        {
            console.Out.Write(schema);
            return ExitCodes.Success;
        }
        // The same output-path checks as every command (an empty path, a folder, a full disk are usage errors).
        if (!OutputFile.TryWrite(console, "schema", output, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(schema))))
            return ExitCodes.InputError;
        return ExitCodes.Success;
    }
}
