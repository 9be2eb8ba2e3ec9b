using System.Text;

namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// The arithmetic of deadlines: where a deadline falls, and the verdict on a completion against it
/// (<see cref="Completion"/>). The deadline judge (<c>CompilerServices.DeadlineJudge</c>) and the generated
/// fast path both call these, so they cannot disagree about boundaries or imprecise times.
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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
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
    /// Slack as a lawyer counts it: to the close of the period. A period counted in days closes at the
    /// midnight after its last permitted instant, so an act at 23:00 on the last day has an hour to spare.
    /// </summary>
    public static long? Slack(LegalCalendar calendar, TimeRange deadline, TimeRange target) =>
        Slack(deadline, target) is null ? null : calendar.ClosingInstant(deadline.EarliestUtcTicks) - target.LatestUtcTicks;

    /// <summary>
    /// Overrun of a violated requirement: by how much the target (or the reference time, when the
    /// target is missing) certainly exceeds the latest possible deadline. Null unless certainly late.
    /// </summary>
    public static long? Overrun(TimeRange deadline, long lateTicks) =>
        lateTicks > deadline.LatestUtcTicks ? lateTicks - deadline.LatestUtcTicks : null;

    /// <summary>
    /// A duration in words, exactly, to the second: "24 hours 20 minutes", "3 days 4 hours 5 minutes",
    /// "1 minute", "less than a second". <paramref name="largest"/> is the largest unit used, so that an
    /// elapsed time reads in the units of its limit: 26 hours stays "26 hours" beside an hour limit
    /// (<see cref="DurationScale.Hours"/>) and is "1 day 2 hours" beside a day limit. It is rounded to the
    /// nearest second, so that the last tick of a day (23:59:59.9999999) counts as the midnight after it.
    /// Negative values are written as their magnitude: the sentence around it says early or late.
    /// </summary>
    public static string FormatDuration(long ticks, DurationScale largest = DurationScale.Days)
    {
        var magnitude = ticks == long.MinValue ? long.MaxValue : Math.Abs(ticks);
        var seconds = (magnitude / TimeSpan.TicksPerSecond) + (magnitude % TimeSpan.TicksPerSecond >= TimeSpan.TicksPerSecond / 2 ? 1 : 0);
        if (seconds == 0)
        {
            return magnitude == 0 ? "0 minutes" : "less than a second";
        }

        Span<long> amounts = stackalloc long[4];
        var dayUnit = largest == DurationScale.Days;
        amounts[0] = dayUnit ? seconds / 86_400 : 0;
        amounts[1] = (dayUnit ? seconds % 86_400 : seconds) / 3_600;
        amounts[2] = seconds % 3_600 / 60;
        amounts[3] = seconds % 60;
        ReadOnlySpan<string> words = ["day", "hour", "minute", "second"];

        var text = new StringBuilder();
        for (var i = 0; i < 4; i++)
        {
            if (amounts[i] == 0) continue;
            if (text.Length > 0) text.Append(' ');
            Append(text, amounts[i], words[i]);
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
