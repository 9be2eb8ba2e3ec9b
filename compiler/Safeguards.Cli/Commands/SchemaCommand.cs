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
        var loaded = RulePackLoader.Load(console, rules, "schema");
        if (loaded is null) return ExitCodes.InputError;
        var cases = loaded.Compilation.Safeguards.Select(s => s.Case).OfType<Language.Semantics.CaseSymbol>();
        var schema = CaseSchemaWriter.Write(loaded.Model.Schema, cases);
        if (output is null)
        {
            console.Out.Write(schema);
            return ExitCodes.Success;
        }
        try
        {
            File.WriteAllText(output, schema);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"safeguards schema: cannot write {CliConsole.Display(output)}: {e.Message}");
            return ExitCodes.InputError;
        }
        return ExitCodes.Success;
    }
}
