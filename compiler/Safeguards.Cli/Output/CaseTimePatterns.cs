namespace Safeguards.Cli.Output;

/// <summary>
/// Regular expressions (ECMAScript and .NET alike) for exactly the time strings
/// <see cref="Safeguards.Runtime.TimeParser"/> reads: years 0001-9999, months 01-12, days that exist in
/// their month (29 February only in leap years), 00:00-23:59 with optional seconds and 1-7 fractional
/// digits, and an offset Z or -14:00..+14:00. Digits are written [0-9]: .NET's \d also matches other
/// scripts' digits, which the parser refuses.
/// </summary>
public static class CaseTimePatterns
{
    private const string Year = "(?:000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})";

    // Divisible by 4 and not by 100 (04, 08, ... 96 as the last two digits), or by 400 (0400, 0800, ... but not 0000).
    private const string LeapYear = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)";

    private const string Date =
        "(?:" + Year + "-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
        + "|" + LeapYear + "-02-29)";

    private const string Month = Year + "-(?:0[1-9]|1[0-2])";

    private const string Clock = "T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,7})?)?";

    private const string Offset = "(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))";

    public const string InstantPattern = "^" + Date + Clock + Offset + "$";

    public const string DatePattern = "^" + Date + "$";

    public const string MonthPattern = "^" + Month + "$";

    /// <summary>An interval bound: an instant, a date or a month.</summary>
    public const string BoundPattern = "^(?:" + Date + Clock + Offset + "|" + Date + "|" + Month + ")$";

    /// <summary>A duration of <c>"by"</c> in a relative time, as <c>RelativeDuration</c> reads it: "17 hours", "1 week".</summary>
    public const string DurationPattern = "^[0-9]{1,9} (?:minute|minutes|hour|hours|day|days|week|weeks)$";
}
