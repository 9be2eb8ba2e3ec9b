using System.Globalization;

namespace Safeguards.Cli.Output.Eval;

/// <summary>
/// Formats an instant in the pack's zone as <c>yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz</c> (UTF-8), byte for byte what
/// <see cref="DateTimeOffset.TryFormat(Span{char}, out int, ReadOnlySpan{char}, IFormatProvider?)"/> writes after
/// <see cref="TimeZoneInfo.ConvertTime(DateTimeOffset, TimeZoneInfo)"/>. The findings of a large batch hold millions of
/// timestamps, and the general path (a zone lookup through the adjustment rules and a custom format string, both per
/// call) was the largest single cost of <c>eval --format jsonl</c>. Not thread-safe: one per writer.
/// </summary>
public sealed class LocalTimeFormatter(TimeZoneInfo zone)
{
    /// <summary>The longest text: "-yyyy-MM-ddTHH:mm:ss.fffffff+hh:mm" has 33 characters; room to spare.</summary>
    public const int MaxBytes = 40;

    // Years 2..9998 only: there neither the conversion nor the clamping near DateTime's ends can differ.
    private static readonly long FastFrom = new DateTime(2, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly long FastUntil = new DateTime(9998, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    // The zone's offset per UTC hour, direct-mapped: an hour is cached only when its first and last tick have the
    // same offset (zones change offset at most once within an hour, so the whole hour then has that offset).
    private const int Slots = 4096;
    private readonly long[] slotHour = NewSlots();
    private readonly long[] slotOffset = new long[Slots];

    /// <summary>Writes the text into <paramref name="utf8"/> (at least <see cref="MaxBytes"/> long); returns its length.</summary>
    public int Format(long utcTicks, Span<byte> utf8)
    {
        if (utcTicks < FastFrom || utcTicks >= FastUntil) return General(utcTicks, utf8);
        var offset = Offset(utcTicks);
        if (offset % TimeSpan.TicksPerMinute != 0) return General(utcTicks, utf8);
        var local = new DateTime(utcTicks + offset);
        var (year, month, day) = local;
        var n = 0;
        n = Digits(utf8, n, year, 4);
        utf8[n++] = (byte)'-';
        n = Digits(utf8, n, month, 2);
        utf8[n++] = (byte)'-';
        n = Digits(utf8, n, day, 2);
        utf8[n++] = (byte)'T';
        n = Digits(utf8, n, local.Hour, 2);
        utf8[n++] = (byte)':';
        n = Digits(utf8, n, local.Minute, 2);
        utf8[n++] = (byte)':';
        n = Digits(utf8, n, local.Second, 2);
        // FFFFFFF: the fraction without trailing zeros, and no point at all when it is zero.
        var fraction = (int)(local.Ticks % TimeSpan.TicksPerSecond);
        if (fraction != 0)
        {
            var width = 7;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                width--;
            }
            utf8[n++] = (byte)'.';
            n = Digits(utf8, n, fraction, width);
        }
        var minutes = offset / TimeSpan.TicksPerMinute;
        utf8[n++] = minutes < 0 ? (byte)'-' : (byte)'+';
        minutes = Math.Abs(minutes);
        n = Digits(utf8, n, (int)(minutes / 60), 2);
        utf8[n++] = (byte)':';
        return Digits(utf8, n, (int)(minutes % 60), 2);
    }

    private long Offset(long utcTicks)
    {
        var hour = utcTicks / TimeSpan.TicksPerHour;
        var slot = (int)(hour & (Slots - 1));
        if (slotHour[slot] == hour) return slotOffset[slot];
        var start = OffsetAt(hour * TimeSpan.TicksPerHour);
        var end = OffsetAt(((hour + 1) * TimeSpan.TicksPerHour) - 1);
        if (start != end) return OffsetAt(utcTicks); // a transition within this hour: not cached
        slotHour[slot] = hour;
        slotOffset[slot] = start;
        return start;
    }

    private long OffsetAt(long utcTicks) => zone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks;

    /// <summary>The general path, for instants near the ends of the calendar and offsets with seconds.</summary>
    private int General(long utcTicks, Span<byte> utf8)
    {
        var utc = new DateTime(Math.Clamp(utcTicks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc);
        var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(utc), zone);
        local.TryFormat(utf8, out var written, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        return written;
    }

    private static int Digits(Span<byte> utf8, int at, int value, int width)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            utf8[at + i] = (byte)('0' + (value % 10));
            value /= 10;
        }
        return at + width;
    }

    private static long[] NewSlots()
    {
        var slots = new long[Slots];
        Array.Fill(slots, long.MinValue);
        return slots;
    }
}
