namespace Safeguards.Cli.Commands;

/// <summary>The case paths on the command line must exist: a misspelt path is a usage error found
/// before any case is evaluated, not an "unreadable record" among the findings.</summary>
public static class CasePaths
{
    public static bool AllExist(CliConsole console, IReadOnlyList<string> paths)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing) console.Error.WriteLine($"{Safeguards.Evaluation.TerminalText.Clean(CliConsole.Display(path))}: error: no such file or folder");
        return missing.Count == 0;
    }
}
