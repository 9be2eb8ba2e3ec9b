using Safeguards.Evaluation;
using Safeguards.Runtime;

namespace Safeguards.Cli.Commands;

/// <summary>Reads the reference time of an evaluation: an ISO instant with offset, or "now".</summary>
public static class AsOfParser
{
    public static bool TryParse(string? text, out long utcTicks, out string? error)
    {
        error = null;
        if (text is null or "now")
        {
            utcTicks = DateTimeOffset.UtcNow.UtcTicks;
            return true;
        }
        if (ReferenceTime.TryParse(text, out utcTicks, out var problem)) return true;
        // Some of the parser's messages already show the right form; the others get an example.
        var example = problem!.Contains("write it as", StringComparison.Ordinal) || problem.StartsWith(TimeParser.ExpectedMessage, StringComparison.Ordinal)
            ? "" : $"; write an instant with an offset, for example {ReferenceTime.Example}";
        error = $"--as-of '{TerminalText.Clean(text)}': {problem}{example}, or 'now'";
        return false;
    }
}
