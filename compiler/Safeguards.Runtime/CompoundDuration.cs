namespace Safeguards.Runtime;

/// <summary>Why parts of a compound duration ("1 day 12 hours") cannot be read as one period.</summary>
public enum CompoundDurationProblem
{
    None,

    /// <summary>The units are not written from the largest to the smallest, each once ("12 hours 1 day", "1 day 2 days").</summary>
    OutOfOrder,

    /// <summary>Months with other units: a month has no fixed number of days or hours, and the law that would order
    /// "add the months, then the days" is not one the language knows yet.</summary>
    MonthsWithOtherUnits,

    /// <summary>The sum does not fit in a duration.</summary>
    TooLong,
}

/// <summary>
/// A duration written in several units, as the law writes it: "1 day 12 hours", "4 days 6 hours", "2 weeks 3 days".
/// It is one period in the smallest unit written (language.md, "Compound durations"):
/// <list type="bullet">
/// <item>when any part is in hours or minutes, the whole is exact: a day is 24 hours and a week 168, so "1 day 12 hours"
/// is 36 hours after the instant it is counted from, to the minute, as a lawyer reads a limit stated in hours;</item>
/// <item>days and weeks alone stay calendar days: "2 weeks 3 days" is 17 calendar days.</item>
/// </list>
/// </summary>
public static class CompoundDuration
{
    /// <summary>Combines the parts in the order written; a single part is returned as it is.</summary>
    public static CompoundDurationProblem TryCombine(IReadOnlyList<LegalDuration> parts, out LegalDuration combined)
    {
        ArgumentNullException.ThrowIfNull(parts);
        combined = default;
        if (parts.Count == 0) throw new ArgumentException("a duration has at least one part", nameof(parts));
        if (parts.Count == 1)
        {
            combined = parts[0];
            return CompoundDurationProblem.None;
        }
        for (var i = 1; i < parts.Count; i++)
            if (Rank(parts[i].Unit) >= Rank(parts[i - 1].Unit)) return CompoundDurationProblem.OutOfOrder;
        if (parts.Any(p => p.Unit == DurationUnit.Months)) return CompoundDurationProblem.MonthsWithOtherUnits;

        var smallest = parts[^1].Unit;
        long total = 0;
        foreach (var part in parts) total += part.Amount * InSmallest(part.Unit, smallest);
        if (total > int.MaxValue) return CompoundDurationProblem.TooLong;
        combined = new LegalDuration((int)total, smallest);
        return CompoundDurationProblem.None;
    }

    // Largest first: months, weeks, days, hours, minutes.
    private static int Rank(DurationUnit unit) => unit switch
    {
        DurationUnit.Minutes => 0,
        DurationUnit.Hours => 1,
        DurationUnit.Days => 2,
        DurationUnit.Weeks => 3,
        DurationUnit.Months => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "unknown duration unit"),
    };

    // How many of the smallest unit written one of `unit` is (a day in hours is exactly 24 here: see the summary).
    private static long InSmallest(DurationUnit unit, DurationUnit smallest)
    {
        long minutes(DurationUnit u) => u switch
        {
            DurationUnit.Minutes => 1,
            DurationUnit.Hours => 60,
            DurationUnit.Days => 24 * 60,
            DurationUnit.Weeks => 7 * 24 * 60,
            _ => throw new ArgumentOutOfRangeException(nameof(unit), u, "months have no fixed length"),
        };
        return minutes(unit) / minutes(smallest);
    }
}
