using System.Text;

namespace Safeguards.Runtime;

/// <summary>
/// The one place a deadline verdict is decided. The interpreter and generated code both call it,
/// so the two execution paths cannot disagree about boundaries or imprecise times.
/// </summary>
public static class Judge
{
    /// <summary>
    /// Decides a deadline requirement. The deadline is a range when the anchor was imprecise:
    /// the requirement is certainly met only if the target is at or before every possible
    /// deadline, certainly broken only if it is after every possible deadline.
    /// </summary>
    /// <param name="deadline">The range of possible latest permitted ticks.</param>
    /// <param name="hasTarget">Whether the completing event has happened (as of the reference time).</param>
    /// <param name="target">When it happened; ignored without a target.</param>
    /// <param name="asOfUtcTicks">The reference time: what "now" is for pending deadlines.</param>
    public static Outcome Completion(TimeRange deadline, bool hasTarget, TimeRange target, long asOfUtcTicks)
    {
        if (hasTarget)
        {
            if (target.LatestUtcTicks <= deadline.EarliestUtcTicks)
            {
                return Outcome.Satisfied;
            }

            return target.EarliestUtcTicks > deadline.LatestUtcTicks ? Outcome.Violated : Outcome.Indeterminate;
        }

        if (asOfUtcTicks > deadline.LatestUtcTicks)
        {
            return Outcome.Violated;
        }

        return asOfUtcTicks <= deadline.EarliestUtcTicks ? Outcome.Pending : Outcome.Indeterminate;
    }

    /// <summary>The deadline range for "within d after" an anchor that may itself be a range.</summary>
    public static TimeRange DeadlineAfter(LegalCalendar calendar, TimeRange anchor, LegalDuration d) =>
        new(calendar.LatestPermittedAfter(anchor.EarliestUtcTicks, d), calendar.LatestPermittedAfter(anchor.LatestUtcTicks, d));

    /// <summary>The deadline range for "no later than d before" an anchor.</summary>
    public static TimeRange DeadlineBefore(LegalCalendar calendar, TimeRange anchor, LegalDuration d) =>
        new(calendar.LatestPermittedBefore(anchor.EarliestUtcTicks, d), calendar.LatestPermittedBefore(anchor.LatestUtcTicks, d));

    /// <summary>The deadline range for "immediately after" an anchor: the end of its local day.</summary>
    public static TimeRange DeadlineEndOfDay(LegalCalendar calendar, TimeRange anchor) =>
        new(calendar.EndOfLocalDay(anchor.EarliestUtcTicks), calendar.EndOfLocalDay(anchor.LatestUtcTicks));

    /// <summary>
    /// Slack of a satisfied requirement: how much earlier than the earliest possible deadline the
    /// target certainly happened. Null unless the target is certainly on time.
    /// </summary>
    public static long? Slack(TimeRange deadline, TimeRange target) =>
        target.LatestUtcTicks <= deadline.EarliestUtcTicks ? deadline.EarliestUtcTicks - target.LatestUtcTicks : null;

    /// <summary>
    /// Overrun of a violated requirement: by how much the target (or the reference time, when the
    /// target is missing) certainly exceeds the latest possible deadline. Null unless certainly late.
    /// </summary>
    public static long? Overrun(TimeRange deadline, long lateTicks) =>
        lateTicks > deadline.LatestUtcTicks ? lateTicks - deadline.LatestUtcTicks : null;

    /// <summary>
    /// A duration in words with its two largest units, for messages: "2 hours 15 minutes",
    /// "3 days 4 hours", "1 minute", "40 seconds". Smaller units are dropped (truncated), since
    /// messages are read by people; evidence keeps the exact ticks. Negative values are written
    /// as their magnitude: the sentence around it says early or late.
    /// </summary>
    public static string FormatDuration(long ticks)
    {
        var magnitude = ticks == long.MinValue ? long.MaxValue : Math.Abs(ticks);
        Span<long> amounts = stackalloc long[4];
        amounts[0] = magnitude / TimeSpan.TicksPerDay;
        amounts[1] = magnitude % TimeSpan.TicksPerDay / TimeSpan.TicksPerHour;
        amounts[2] = magnitude % TimeSpan.TicksPerHour / TimeSpan.TicksPerMinute;
        amounts[3] = magnitude % TimeSpan.TicksPerMinute / TimeSpan.TicksPerSecond;
        ReadOnlySpan<string> words = ["day", "hour", "minute", "second"];

        var first = 0;
        while (first < 4 && amounts[first] == 0)
        {
            first++;
        }

        if (first == 4)
        {
            return magnitude == 0 ? "0 minutes" : "less than a second";
        }

        var text = new StringBuilder();
        Append(text, amounts[first], words[first]);
        if (first < 3 && amounts[first + 1] != 0)
        {
            text.Append(' ');
            Append(text, amounts[first + 1], words[first + 1]);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, long amount, string word)
    {
        text.Append(amount).Append(' ').Append(word);
        if (amount != 1)
        {
            text.Append('s');
        }
    }
}
