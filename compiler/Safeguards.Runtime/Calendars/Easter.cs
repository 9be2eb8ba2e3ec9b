namespace Safeguards.Runtime.Calendars;

/// <summary>The date of Easter Sunday, from which the movable feasts (Good Friday, Ascension, Whit Monday) are counted.</summary>
public static class Easter
{
    /// <summary>The first and last year for which the computation is defined here: the Gregorian reform to the end of DateOnly.</summary>
    public const int FirstYear = 1583, LastYear = 9999;

    /// <summary>Easter Sunday of <paramref name="year"/> as a date of the Gregorian (civil) calendar.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="FirstYear"/>..<see cref="LastYear"/>.</exception>
    public static DateOnly Sunday(int year, EasterComputus computus)
    {
        if (year is < FirstYear or > LastYear)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Easter is computed for the years {FirstYear} to {LastYear}");
        return computus switch
        {
            EasterComputus.Gregorian => Gregorian(year),
            EasterComputus.Julian => Julian(year),
            _ => throw new ArgumentOutOfRangeException(nameof(computus), computus, "unknown computus"),
        };
    }

    // The anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8).
    private static DateOnly Gregorian(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        var n = h + l - (7 * m) + 114;
        return new DateOnly(year, n / 31, (n % 31) + 1);
    }

    // Meeus's Julian algorithm gives a date of the Julian calendar; the civil date is that many days later as the
    // calendars are apart in that year's spring (13 days from 1900 to 2099).
    private static DateOnly Julian(int year)
    {
        int a = year % 4, b = year % 7, c = year % 19, d = ((19 * c) + 15) % 30, e = ((2 * a) + (4 * b) - d + 34) % 7;
        var n = d + e + 114;
        var julianDate = new DateOnly(year, n / 31, (n % 31) + 1);
        var centuries = year / 100;
        return julianDate.AddDays(centuries - (centuries / 4) - 2);
    }
}
