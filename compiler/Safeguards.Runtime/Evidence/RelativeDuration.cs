namespace Safeguards.Runtime;

/// <summary>
/// The durations of <c>"by"</c> in a relative time: a whole number and a unit, "17 hours", "30 minutes",
/// "2 days", "1 week". They are elapsed time as a report states it ("held 17 hours"), so a day is 24 hours
/// here; the calendar forms are <c>"dayAfter"</c> and <c>"sameDayAs"</c>. Messages never repeat the text.
/// </summary>
internal static class RelativeDuration
{
    public const string Expectation =
        "expected a duration such as \"17 hours\", \"30 minutes\", \"2 days\" or \"1 week\" (a whole number, a space and a unit: minutes, hours, days of 24 hours or weeks)";

    /// <summary>No report states a duration of more than a few years; this keeps every sum of bounds exact.</summary>
    private const long MaxTicks = 100L * 366 * TimeSpan.TicksPerDay;

    public static bool TryParse(string text, out long ticks, out string? error)
    {
        ticks = 0;
        error = null;
        var space = text.IndexOf(' ');
        if (space <= 0 || space > 9 || !long.TryParse(text.AsSpan(0, space), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var amount))
        {
            error = Expectation;
            return false;
        }

        long? unit = text.AsSpan(space + 1) switch
        {
            "minute" or "minutes" => TimeSpan.TicksPerMinute,
            "hour" or "hours" => TimeSpan.TicksPerHour,
            "day" or "days" => TimeSpan.TicksPerDay,
            "week" or "weeks" => 7 * TimeSpan.TicksPerDay,
            "month" or "months" or "year" or "years" => null,
            _ => -1,
        };
        if (unit is null)
        {
            error = "months and years are not a fixed length; give the duration in days or weeks, or the times as dates";
            return false;
        }

        if (unit < 0)
        {
            error = Expectation;
            return false;
        }

        if (amount > MaxTicks / unit.Value)
        {
            error = "the duration is longer than 100 years";
            return false;
        }

        ticks = amount * unit.Value;
        return true;
    }
}
