using System.Globalization;

namespace Safeguards.Compiler.Tests;

/// <summary>
/// The grid the brute-force tests of relative times search: whole half-hours in a window of six days from
/// 2011-12-13 00:00 (+06:00, Asia/Almaty's offset then), so the grid holds every extreme the constraints allow;
/// point p lies on local day p / 48 of the window.
/// </summary>
internal static class RelativeGrid
{
    public const long Step = 30 * TimeSpan.TicksPerMinute;
    public const int Points = 6 * 48;
    public const int PointsPerDay = 48;
    private static readonly long Window = new DateTimeOffset(2011, 12, 13, 0, 0, 0, TimeSpan.FromHours(6)).UtcTicks;

    /// <summary>An absolute time on the grid (an instant or an interval of instants) or none, with its grid bounds.</summary>
    public static (string? Json, int Lo, int Hi) Absolute(Random random, bool allowUnknown)
    {
        var roll = random.Next(allowUnknown ? 3 : 2);
        if (roll == 2) return (null, 0, Points - 1);
        var lo = random.Next(48, 4 * 48);
        if (roll == 0) return ($"\"{Instant(lo)}\"", lo, lo);
        var hi = lo + random.Next(1, 30);
        return ($"{{\"earliest\": \"{Instant(lo)}\", \"latest\": \"{Instant(hi)}\"}}", lo, hi);
    }

    /// <summary>A relative time object with the absolute part as "at" or "earliest"/"latest".</summary>
    public static string Time(string? absolute, string relation)
    {
        if (absolute is null) return $"{{{relation}}}";
        if (absolute.StartsWith('{')) return $"{{{relation}, {absolute[1..^1]}}}";
        return $"{{{relation}, \"at\": {absolute}}}";
    }

    public static string Instant(int point) =>
        new DateTimeOffset(Window + (point * Step), TimeSpan.Zero).ToOffset(TimeSpan.FromHours(6)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Minutes(long halfHours) => $"{halfHours * 30} minutes";

    public static string Duration(long halfHours) => $"\"{Minutes(halfHours)}\"";
}
