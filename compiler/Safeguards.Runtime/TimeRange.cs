using System.Globalization;

namespace Safeguards.Runtime;

/// <summary>
/// A moment known only within bounds: [earliest, latest] in UTC ticks, inclusive on both ends.
/// An exact instant has both bounds equal. Case data gives dates, months and intervals, so every
/// time is a range and verdicts are certain only when every point of the range agrees.
/// </summary>
public readonly record struct TimeRange(long EarliestUtcTicks, long LatestUtcTicks)
{
    /// <summary>The range used for events recorded with time <c>unknown</c>: it could be any time.</summary>
    public static TimeRange Unbounded => new(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks);

    public bool IsExact => EarliestUtcTicks == LatestUtcTicks;

    public DateTimeOffset Earliest => new(EarliestUtcTicks, TimeSpan.Zero);

    public DateTimeOffset Latest => new(LatestUtcTicks, TimeSpan.Zero);

    public static TimeRange Exact(DateTimeOffset instant) => new(instant.UtcTicks, instant.UtcTicks);

    public static TimeRange Exact(long utcTicks) => new(utcTicks, utcTicks);

    public static TimeRange Between(DateTimeOffset earliest, DateTimeOffset latest)
    {
        if (latest.UtcTicks < earliest.UtcTicks)
        {
            throw new ArgumentException("the latest bound precedes the earliest", nameof(latest));
        }

        return new TimeRange(earliest.UtcTicks, latest.UtcTicks);
    }

    public bool Contains(long utcTicks) => utcTicks >= EarliestUtcTicks && utcTicks <= LatestUtcTicks;

    /// <summary>ISO 8601 in UTC; a range prints as "earliest/latest" (the ISO interval form).</summary>
    public override string ToString()
    {
        var earliest = Earliest.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
        if (IsExact)
        {
            return earliest;
        }

        return earliest + "/" + Latest.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
    }
}
