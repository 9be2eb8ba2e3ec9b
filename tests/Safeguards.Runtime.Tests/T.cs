namespace Safeguards.Runtime.Tests;

/// <summary>Helpers to write times in tests as ISO strings with explicit offsets.</summary>
internal static class T
{
    public static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static long Ticks(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).UtcTicks;

    public static TimeRange At(string iso) => TimeRange.Exact(Ticks(iso));

    public static TimeRange Range(string earliest, string latest) => new(Ticks(earliest), Ticks(latest));

    /// <summary>The last tick of a second: "…23:59:59" + 9999999 ticks.</summary>
    public static long LastTickOf(string isoSecond) => Ticks(isoSecond) + TimeSpan.TicksPerSecond - 1;
}
