namespace Safeguards.Cli;

/// <summary>The exit codes, one contract for every command (printed by --help, tabled in README.md).</summary>
public static class ExitCodes
{
    /// <summary>Nothing found: no violation, every fixture passed, no rule errors.</summary>
    public const int Success = 0;

    /// <summary>Findings: the rules have errors, a fixture failed, a violation was found, a file is not formatted or current.</summary>
    public const int Findings = 1;

    /// <summary>The command line, a file, or case data is wrong (unknown option, missing or unreadable file,
    /// unwritable output, bad case data). It wins over <see cref="Findings"/>: a missing input must not hide
    /// behind "violations found", because the findings of a run that skipped input are incomplete.</summary>
    public const int InputError = 2;

    /// <summary>A bug in the tool itself.</summary>
    public const int InternalError = 3;

    /// <summary>The section --help ends with.</summary>
    public static string HelpText { get; } = """
        Exit codes (the same for every command):
          0  nothing found: no violation, every fixture passed, no rule errors
          1  findings: violations found, fixtures failed, rule errors, files not formatted or not current
          2  the command line, a file or case data is wrong (unknown option, missing or unreadable file,
             unwritable output, bad case data); 2 wins over 1, since findings from incomplete input are incomplete
          3  internal error in the tool
        """;
}
