using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Runtime;

/// <summary>
/// How a finding decided on a difference says where the difference comes from: "17 hours after 'apprehended'
/// (the case gives the duration, not the times)". It names forms and durations, never case contents.
/// </summary>
internal static class RelationText
{
    /// <summary>"17 hours after", "at least 24 hours after", "on the day after", "5 hours before".</summary>
    public static string Difference(TemporalNetwork network, int a, int b, DurationScale scale)
    {
        var (min, max) = network.EventDifferenceBounds(a, b);
        // A day the relations fix says more than bounds in ticks ("on the day after", not "at most 2 days after").
        if (min != max && network.DayOffset(a, b) is { } offset)
        {
            return offset switch
            {
                0 => "on the same day as",
                1 => "on the day after",
                -1 => "on the day before",
                > 0 => $"{offset} days after",
                _ => $"{-offset} days before",
            };
        }

        if (min == 0 && max == 0)
        {
            return "at the same moment as";
        }

        if (min >= 0)
        {
            return Span(min, max, scale) + " after";
        }

        return max <= 0 ? Span(-max, min == long.MinValue ? long.MaxValue : -min, scale) + " before" : "around the time of";
    }

    /// <summary>The time from trigger to completion for a message's <c>{elapsed}</c>: "17 hours", "at least 24 hours".</summary>
    public static string Elapsed(TemporalNetwork network, int a, int b, DurationScale scale)
    {
        var (min, max) = network.EventDifferenceBounds(a, b);
        return Span(Math.Max(min, 0), max, scale);
    }

    /// <summary>Why the difference is known when the times are not: what the relations joining the two events give.</summary>
    public static string Source(TemporalNetwork network, int a, int b)
    {
        var path = network.RelationsLinking(a, b);
        if (path.Count > 0 && path.All(r => r.DurationGiven)) return "the case gives the duration, not the times";
        if (path.Count > 0 && path.All(r => r.Kind is TimeRelationKind.SameDay or TimeRelationKind.DayAfter or TimeRelationKind.SameMoment))
            return path.All(r => r.Kind == TimeRelationKind.SameMoment) ? "the case records them as one moment" : "the case gives the day, not the time";
        return "from the order, durations and times the case gives";
    }

    /// <summary>"17 hours", "at least 24 hours", "at most 3 hours", "between 1 and 2 days".</summary>
    internal static string Span(long least, long most, DurationScale scale) =>
        least == most ? Judge.FormatDuration(least, scale)
        : most == long.MaxValue ? $"at least {Judge.FormatDuration(least, scale)}"
        : least <= 0 ? $"at most {Judge.FormatDuration(most, scale)}"
        : $"between {Judge.FormatDuration(least, scale)} and {Judge.FormatDuration(most, scale)}";
}
