namespace Safeguards.Runtime;

/// <summary>A duration as the law writes it ("3 hours", "10 days", "2 months").</summary>
/// <remarks>Kept as amount + unit rather than a TimeSpan because calendar units have no fixed length.</remarks>
public readonly record struct LegalDuration(int Amount, DurationUnit Unit)
{
    public DurationFamily Family => Unit switch
    {
        DurationUnit.Minutes or DurationUnit.Hours => DurationFamily.Exact,
        DurationUnit.Days or DurationUnit.Weeks => DurationFamily.CalendarDays,
        DurationUnit.Months => DurationFamily.CalendarMonths,
        _ => throw new InvalidOperationException("unknown duration unit"),
    };

    /// <summary>The length in ticks for minutes and hours; throws for calendar units, which have none.</summary>
    /// <remarks>Checked: rule files keep amounts to a million, but a duration built in code can hold any int, and
    /// int.MaxValue hours do not fit in a long of ticks (an <see cref="OverflowException"/> rather than a wrong deadline).</remarks>
    public long ExactTicks => Unit switch
    {
        DurationUnit.Minutes => checked(Amount * TimeSpan.TicksPerMinute),
        DurationUnit.Hours => checked(Amount * TimeSpan.TicksPerHour),
        _ => throw new InvalidOperationException("only minutes and hours have an exact length"),
    };

    /// <summary>The number of calendar days for days and weeks.</summary>
    public int CalendarDays => Unit switch
    {
        DurationUnit.Days => Amount,
        DurationUnit.Weeks => checked(Amount * 7),
        _ => throw new InvalidOperationException("only days and weeks count calendar days"),
    };

    public static LegalDuration Minutes(int amount) => new(amount, DurationUnit.Minutes);
    public static LegalDuration Hours(int amount) => new(amount, DurationUnit.Hours);
    public static LegalDuration Days(int amount) => new(amount, DurationUnit.Days);
    public static LegalDuration Weeks(int amount) => new(amount, DurationUnit.Weeks);
    public static LegalDuration Months(int amount) => new(amount, DurationUnit.Months);

    /// <summary>In words, singular when the amount is one: "3 hours", "1 day".</summary>
    public override string ToString()
    {
        var word = Unit switch
        {
            DurationUnit.Minutes => "minute",
            DurationUnit.Hours => "hour",
            DurationUnit.Days => "day",
            DurationUnit.Weeks => "week",
            DurationUnit.Months => "month",
            _ => "unit",
        };
        return Amount == 1 ? $"1 {word}" : $"{Amount} {word}s";
    }
}
