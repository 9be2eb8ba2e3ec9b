using Safeguards.Evaluation;
using Safeguards.Language.Text;

namespace Safeguards.Cli.Commands;

/// <summary>Reads <c>--as-of</c> with the one reader of reference times (<see cref="AsOfTime"/>, also the editor's).</summary>
public static class AsOfParser
{
    public static bool TryParse(string? text, out long utcTicks, out string? error)
    {
        if (AsOfTime.TryParse(text, DateTimeOffset.UtcNow.UtcTicks, out utcTicks, out var problem))
        {
            error = null;
            return true;
        }
        error = $"--as-of '{TerminalText.Clean(text)}': {problem}";
        return false;
    }
}
