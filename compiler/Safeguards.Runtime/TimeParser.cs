namespace Safeguards.Runtime;

/// <summary>
/// Parses the time forms of case data and fixtures into ranges: an ISO instant with offset
/// (<c>2009-01-08T14:30:00+06:00</c>, <c>...Z</c>, seconds and fraction optional), a date
/// (<c>YYYY-MM-DD</c>, the whole local day) or a month (<c>YYYY-MM</c>, the whole local month).
/// Error messages never repeat the input: case data is sensitive.
/// </summary>
public static class TimeParser
{
    /// <summary>The start of the message for a clock time without an offset; the rest gives the pack zone's offset.</summary>
    public const string NoOffsetMessage = "time has no offset";

    /// <summary>The start of the message for text that is no time form at all; the rest gives an example in the pack's zone.</summary>
    public const string ExpectedMessage = "expected an ISO instant with offset";

    /// <summary>An example instant in the pack's own zone, so that a pack in America/Los_Angeles is not told to write +06:00.</summary>
    public static string Example(TimeZoneInfo zone)
    {
        var offset = zone.GetUtcOffset(new DateTime(2009, 1, 8, 14, 30, 0, DateTimeKind.Unspecified));
        return offset == TimeSpan.Zero ? "2009-01-08T14:30:00Z" : $"2009-01-08T14:30:00{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";
    }

    private static string NoOffset(TimeZoneInfo zone)
    {
        var example = Example(zone);
        return $"{NoOffsetMessage}; write it as {example}{(example.EndsWith('Z') ? "" : " or with Z for UTC")}";
    }

    private static string Expected(TimeZoneInfo zone) =>
        $"{ExpectedMessage} ({Example(zone)} or ...Z), a date (YYYY-MM-DD) or a month (YYYY-MM)";

    public static bool TryParse(string text, TimeZoneInfo zone, out TimeRange range, out string? error)
    {
        ArgumentNullException.ThrowIfNull(zone);
        range = default;
        error = null;
        var s = (text ?? string.Empty).AsSpan();

        // YYYY-MM is common to all three forms.
        if (s.Length < 7 || !Digits(s, 0, 4, out var year) || s[4] != '-' || !Digits(s, 5, 2, out var month))
        {
            error = Expected(zone);
            return false;
        }

        if (year < 1 || month < 1 || month > 12)
        {
            error = "the month is out of range (01-12)";
            return false;
        }

        if (s.Length == 7)
        {
            range = new TimeRange(
                ZoneClock.StartOfDay(zone, new DateOnly(year, month, 1)),
                ZoneClock.EndOfDay(zone, new DateOnly(year, month, DateTime.DaysInMonth(year, month))));
            return true;
        }

        if (s.Length < 10 || s[7] != '-' || !Digits(s, 8, 2, out var day))
        {
            error = Expected(zone);
            return false;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = "the day does not exist in that month";
            return false;
        }

        var date = new DateOnly(year, month, day);
        if (s.Length == 10)
        {
            range = new TimeRange(ZoneClock.StartOfDay(zone, date), ZoneClock.EndOfDay(zone, date));
            return true;
        }

        if (s[10] != 'T' || s.Length < 16 || !Digits(s, 11, 2, out var hour) || s[13] != ':' || !Digits(s, 14, 2, out var minute))
        {
            error = Expected(zone);
            return false;
        }

        var pos = 16;
        var second = 0;
        long fraction = 0;
        if (pos < s.Length && s[pos] == ':')
        {
            if (!Digits(s, pos + 1, 2, out second))
            {
                error = "the seconds must be two digits";
                return false;
            }

            pos += 3;
            if (pos < s.Length && s[pos] == '.')
            {
                // Up to 7 fractional digits (one tick); more precision than a tick is an error, not a silent cut.
                pos++;
                var digits = 0;
                while (pos < s.Length && char.IsAsciiDigit(s[pos]))
                {
                    if (++digits > 7)
                    {
                        error = "the fraction of a second has more than 7 digits";
                        return false;
                    }

                    fraction = (fraction * 10) + (s[pos] - '0');
                    pos++;
                }

                if (digits == 0)
                {
                    error = "a '.' after the seconds must be followed by digits";
                    return false;
                }

                for (var i = digits; i < 7; i++)
                {
                    fraction *= 10;
                }
            }
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            error = "the time of day is out of range (00:00:00-23:59:59)";
            return false;
        }

        if (pos == s.Length)
        {
            error = NoOffset(zone);
            return false;
        }

        TimeSpan offset;
        if (s[pos] == 'Z' && pos + 1 == s.Length)
        {
            offset = TimeSpan.Zero;
        }
        else if ((s[pos] == '+' || s[pos] == '-') && pos + 6 == s.Length && Digits(s, pos + 1, 2, out var oh) && s[pos + 3] == ':' && Digits(s, pos + 4, 2, out var om))
        {
            if (oh > 14 || om > 59 || (oh == 14 && om > 0))
            {
                error = "the offset is out of range (-14:00 to +14:00)";
                return false;
            }

            offset = new TimeSpan(oh, om, 0);
            if (s[pos] == '-')
            {
                offset = -offset;
            }
        }
        else
        {
            error = "expected an offset after the time: Z or +HH:MM / -HH:MM";
            return false;
        }

        var local = date.ToDateTime(new TimeOnly(hour, minute, second), DateTimeKind.Unspecified).Ticks + fraction;
        var utc = local - offset.Ticks;
        if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks)
        {
            error = "the instant is outside the supported range";
            return false;
        }

        range = TimeRange.Exact(utc);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }
}
