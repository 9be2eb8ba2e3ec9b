using System.Globalization;

namespace Safeguards.Cli.Commands;

/// <summary>Reads the reference time of an evaluation: an ISO instant with offset, or "now".</summary>
public static class AsOfParser
{
    public static bool TryParse(string? text, out long utcTicks, out string? error)
    {
        error = null;
        utcTicks = 0;
        if (text is null or "now")
        {
            utcTicks = DateTimeOffset.UtcNow.UtcTicks;
            return true;
        }
        var hasOffset = text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            utcTicks = instant.UtcTicks;
            return true;
        }
        error = $"--as-of '{text}' is not a time with an offset; write for example 2015-03-01T12:00:00+06:00, or 'now'";
        return false;
    }
}
