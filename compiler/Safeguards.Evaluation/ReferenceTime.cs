using Safeguards.Runtime;

namespace Safeguards.Evaluation;

/// <summary>A reference time ("as of") written by a person: an ISO instant with offset, read by the
/// same parser as case data, so a mistake gets the message that names it (the year, the month, the
/// offset, the range) rather than a general "not a time".</summary>
public static class ReferenceTime
{
    public const string Example = "2015-03-01T12:00:00+06:00";

    public static bool TryParse(string text, out long utcTicks, out string? error)
    {
        utcTicks = 0;
        if (!TimeParser.TryParse(text, TimeZoneInfo.Utc, out var range, out error)) return false;
        if (range.EarliestUtcTicks != range.LatestUtcTicks)
        {
            error = "this is a whole day or month, not an instant: add the time and the offset";
            return false;
        }
        utcTicks = range.EarliestUtcTicks;
        return true;
    }
}
