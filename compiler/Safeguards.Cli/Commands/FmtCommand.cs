using Safeguards.Language.Diagnostics;
using System.CommandLine;
using System.Text;
using Safeguards.Language.Formatting;
using Safeguards.Language.Syntax;
using Safeguards.Language.Workspace;

namespace Safeguards.Cli.Commands;

/// <summary><c>safeguards fmt PATH... [--check]</c>: format rule files in place with the formatter the
/// language server uses; with <c>--check</c>, change nothing, list the files that would change and exit 1.</summary>
public static class FmtCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Rule files (*.sg) or folders to format.", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing; list the files that are not formatted and exit with 1 if there are any." };
        var command = new Command("fmt", "Format rule files (declarations at the margin, clauses indented, comments kept).") { paths, check };
        command.SetAction(result => Run(console, result.GetValue(paths)!, result.GetValue(check)));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> paths, bool check)
    {
        var errors = new List<LoadError>();
        var files = paths.SelectMany(p => RuleFileLoader.Expand(p, errors)).Distinct(StringComparer.Ordinal).ToList();
        var changed = new List<string>();
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var file in files)
        {
            if (RuleFileLoader.Read(file, errors) is not { } text) continue;
            var formatted = Formatter.Format(SyntaxTree.Parse(file, text));
            if (formatted == text) continue;
            changed.Add(file);
            if (check) continue;
            try
            {
                // Replaced whole (a crash never leaves half a rule file); a byte-order mark, if any, is part of the text.
                Output.AtomicFile.WriteAllText(file, formatted, utf8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new LoadError(file, DiagnosticCatalogue.CannotRead, $"cannot write the file: {e.Message}"));
            }
        }

        foreach (var error in errors) console.Error.WriteLine(error.Describe(CliConsole.Display(error.Path)));
        if (check)
        {
            foreach (var file in changed) console.Out.WriteLine(CliConsole.Display(file));
            console.Error.WriteLine(changed.Count == 0
                ? $"All {files.Count} file(s) are formatted."
                : $"{changed.Count} of {files.Count} file(s) would be reformatted; run 'safeguards fmt' on them.");
        }
        else
        {
            console.Out.WriteLine($"Formatted {changed.Count} of {files.Count} file(s).");
        }
        if (errors.Count > 0) return ExitCodes.InputError;
        return check && changed.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
