namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// Remembers, for one zone, its offset per UTC hour and the last instant of recently asked local days, so that the
/// sentences of a batch's findings (several times each, most of them on the same few days) do not go through the
/// zone's adjustment rules every time: those lookups were the largest single cost of <c>eval --format jsonl</c> after
/// the encoder's own (docs/performance.md, issue #18 target 4). Answers are those of <see cref="ZoneClock"/>; only
/// what it computed is remembered. Shared by the threads of a batch: each slot holds one immutable entry, replaced
/// whole, so a reader sees an old entry, a new one or none, never half of one.
/// </summary>
internal sealed class LocalDayCache(TimeZoneInfo zone)
{
    private const int Slots = 1024;

    // Years 2..9998 only: there the conversion cannot be clamped at DateTime's ends.
    private static readonly long FastFrom = new DateTime(2, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly long FastUntil = new DateTime(9998, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private sealed record HourOffset(long Hour, long OffsetTicks);

    private sealed record DayEnd(int DayNumber, long LastInstant);

    private readonly HourOffset?[] offsets = new HourOffset?[Slots];
    private readonly DayEnd?[] dayEnds = new DayEnd?[Slots];

    /// <summary><see cref="ZoneClock.LocalDate"/>.</summary>
    public DateOnly LocalDate(long utcTicks) =>
        utcTicks >= FastFrom && utcTicks < FastUntil && Offset(utcTicks) is { } offset
            ? DateOnly.FromDateTime(new DateTime(utcTicks + offset))
            : ZoneClock.LocalDate(zone, utcTicks);

    /// <summary>The zone's offset at a UTC instant, as <see cref="TimeZoneInfo.GetUtcOffset(DateTime)"/> gives it for a UTC
    /// time (the offset the conversions from UTC apply).</summary>
    public long OffsetTicks(long utcTicks) => Offset(utcTicks) ?? OffsetAt(utcTicks);

    /// <summary>From the cache, or null for an hour in which the offset changes.</summary>
    private long? Offset(long utcTicks)
    {
        var hour = utcTicks / TimeSpan.TicksPerHour;
        var slot = (int)(hour & (Slots - 1));
        if (offsets[slot] is { } entry && entry.Hour == hour) return entry.OffsetTicks;
        // Cached only when the hour's first and last tick have the same offset: zones change offset at most once
        // within an hour, so the whole hour then has it. An hour with a transition is converted each time.
        var start = OffsetAt(hour * TimeSpan.TicksPerHour);
        if (start != OffsetAt(((hour + 1) * TimeSpan.TicksPerHour) - 1)) return null;
        offsets[slot] = new HourOffset(hour, start);
        return start;
    }

    /// <summary><see cref="ZoneClock.EndOfDay"/>.</summary>
    public long EndOfDay(DateOnly date)
    {
        var slot = date.DayNumber & (Slots - 1);
        if (dayEnds[slot] is { } entry && entry.DayNumber == date.DayNumber) return entry.LastInstant;
        var last = ZoneClock.EndOfDay(zone, date);
        dayEnds[slot] = new DayEnd(date.DayNumber, last);
        return last;
    }

    private long OffsetAt(long utcTicks) => zone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks;
}
