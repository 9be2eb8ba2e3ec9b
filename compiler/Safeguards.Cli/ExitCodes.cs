namespace Safeguards.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The rules have errors, a fixture failed, or (for eval) a violation was found.</summary>
    public const int Findings = 1;

    /// <summary>The input could not be read (missing file, not UTF-8, bad case data) or the command line is wrong.</summary>
    public const int InputError = 2;

    public const int InternalError = 3;
}
