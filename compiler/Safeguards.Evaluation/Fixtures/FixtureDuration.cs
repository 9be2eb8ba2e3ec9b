using System.Globalization;
using System.Text.RegularExpressions;

namespace Safeguards.Evaluation.Fixtures;

/// <summary>A duration as eval prints one ("1 hour 30 minutes", "2 days", "0 minutes"): numbers
/// with units from seconds to weeks. Exact units only: a month has no fixed length.</summary>
public static partial class FixtureDuration
{
    [GeneratedRegex(@"^\s*(?:(\d{1,9})\s+(second|minute|hour|day|week)s?\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out long ticks)
    {
        ticks = 0;
        var match = Pattern().Match(text);
        if (!match.Success) return false;
        for (var i = 0; i < match.Groups[1].Captures.Count; i++)
        {
            var amount = long.Parse(match.Groups[1].Captures[i].Value, CultureInfo.InvariantCulture);
            ticks += amount * match.Groups[2].Captures[i].Value switch
            {
                "second" => TimeSpan.TicksPerSecond,
                "minute" => TimeSpan.TicksPerMinute,
                "hour" => TimeSpan.TicksPerHour,
                "day" => TimeSpan.TicksPerDay,
                "week" => 7 * TimeSpan.TicksPerDay,
                var unit => throw new InvalidOperationException($"the pattern admits no unit '{unit}'"),
            };
        }
        return true;
    }
}
