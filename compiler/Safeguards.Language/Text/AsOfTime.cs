using Safeguards.Runtime;

namespace Safeguards.Language.Text;

/// <summary>The reference time of an evaluation ("as of") as a person writes it, read the same way by the command
/// line's <c>--as-of</c> and the editor's evaluate command: <c>now</c> (or nothing), or an ISO instant with offset.
/// A date or a month is refused: "as of 1 March" could mean its first or its last moment, and a deadline may fall
/// in between. Read by the runtime's <see cref="TimeParser"/>, the parser of case data, so a mistake gets the message
/// that names it (the month, the offset, the range).</summary>
public static class AsOfTime
{
    public const string Example = "2015-03-01T12:00:00+06:00";

    /// <summary>The forms accepted, for messages.</summary>
    public const string Forms = $"an instant with an offset, for example {Example}, or 'now'";

    /// <summary>Reads <paramref name="text"/>; on failure <paramref name="error"/> says what is wrong and what to write,
    /// without echoing the text (the caller frames the message and decides how to show it).</summary>
    public static bool TryParse(string? text, long nowUtcTicks, out long utcTicks, out string? error)
    {
        utcTicks = nowUtcTicks;
        error = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed == "now") return true;
        if (TimeParser.TryParse(trimmed, TimeZoneInfo.Utc, out var range, out var problem))
        {
            if (range.EarliestUtcTicks == range.LatestUtcTicks)
            {
                utcTicks = range.EarliestUtcTicks;
                return true;
            }
            problem = "this is a whole day or month, not an instant: add the time and the offset";
        }
        // Text that is no time at all gets the forms accepted here (the parser's own list includes dates and months);
        // some of the parser's messages already show the right form; the others get it added.
        error = problem!.StartsWith(TimeParser.ExpectedMessage, StringComparison.Ordinal) ? $"expected {Forms}"
            : problem.Contains("write it as", StringComparison.Ordinal) ? $"{problem}, or 'now'"
            : $"{problem}; write {Forms}";
        return false;
    }
}
