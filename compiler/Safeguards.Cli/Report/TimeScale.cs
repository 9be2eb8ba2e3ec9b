namespace Safeguards.Cli.Report;

/// <summary>
/// A compressed time axis: the instants that matter in a case (events, triggers, deadlines) are kept
/// in order, and each gap between neighbours gets a width that grows with the logarithm of its length,
/// so three hours and nineteen years both fit on one line. Between neighbours the scale is linear.
/// </summary>
public sealed class TimeScale
{
    private static readonly long Hour = TimeSpan.TicksPerHour;
    private readonly long[] keys;
    private readonly double[] xs;

    private TimeScale(long[] keys, double[] xs)
    {
        this.keys = keys;
        this.xs = xs;
    }

    public IReadOnlyList<long> Keys => keys;

    public bool IsEmpty => keys.Length == 0;

    /// <summary>Builds the scale over the given instants (unbounded ones are ignored) onto [left, right].</summary>
    public static TimeScale Build(IEnumerable<long> instants, double left, double right)
    {
        var keys = instants.Where(Finite).Distinct().Order().ToArray();
        var xs = new double[keys.Length];
        if (keys.Length == 1) xs[0] = (left + right) / 2;
        if (keys.Length < 2) return new TimeScale(keys, xs);
        var weights = new double[keys.Length - 1];
        for (var i = 1; i < keys.Length; i++) weights[i - 1] = Weight(keys[i] - keys[i - 1]);
        var perWeight = (right - left) / weights.Sum();
        xs[0] = left;
        for (var i = 1; i < keys.Length; i++) xs[i] = xs[i - 1] + (weights[i - 1] * perWeight);
        return new TimeScale(keys, xs);
    }

    /// <summary>Neither end of the calendar: ranges of events recorded with time "unknown" and open deadlines.</summary>
    public static bool Finite(long ticks) => ticks > DateTime.MinValue.Ticks && ticks < DateTime.MaxValue.Ticks;

    /// <summary>The width weight of a gap: 1 + ln(1 + hours), so a minute still shows and years compress.</summary>
    public static double Weight(long gapTicks) => 1 + Math.Log(1 + ((double)gapTicks / Hour));

    public double X(long ticks)
    {
        if (keys.Length == 0) return 0;
        if (ticks <= keys[0]) return xs[0];
        if (ticks >= keys[^1]) return xs[^1];
        var i = Array.BinarySearch(keys, ticks);
        if (i >= 0) return xs[i];
        var hi = ~i;
        var lo = hi - 1;
        var fraction = (double)(ticks - keys[lo]) / (keys[hi] - keys[lo]);
        return xs[lo] + (fraction * (xs[hi] - xs[lo]));
    }

    /// <summary>The gaps between neighbouring instants, with their screen span, for break marks and labels.</summary>
    public IEnumerable<(double From, double To, long Ticks)> Gaps()
    {
        for (var i = 1; i < keys.Length; i++) yield return (xs[i - 1], xs[i], keys[i] - keys[i - 1]);
    }
}
