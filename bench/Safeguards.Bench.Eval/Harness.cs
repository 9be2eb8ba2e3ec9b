using System.Diagnostics;
using System.Globalization;

namespace Safeguards.Bench.Eval;

/// <summary>Stopwatch measurements in one process: warm up, then interleave the implementations round
/// by round (so a noisy neighbour slows all of them alike) and keep the median of each.</summary>
public static class Harness
{
    public sealed record Candidate(string Name, int Cases, Func<int, long> Pass);

    public sealed record Result(string Name, double NsPerCase, double BytesPerCase, double MinNsPerCase);

    /// <summary>Runs every candidate's pass <paramref name="rounds"/> times, rotating the order.</summary>
    public static IReadOnlyList<Result> Measure(IReadOnlyList<Candidate> candidates, int rounds, TimeSpan warmup)
    {
        long sink = 0;
        foreach (var candidate in candidates)
        {
            // Warm up past tiered compilation (tier 0 → instrumented → tier 1 with PGO).
            var watch = Stopwatch.StartNew();
            var passes = 0;
            while (passes < 3 || watch.Elapsed < warmup)
            {
                sink += candidate.Pass(candidate.Cases);
                passes++;
            }
        }

        var times = candidates.Select(_ => new List<double>()).ToArray();
        var bytes = candidates.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < candidates.Count; k++)
            {
                var index = (k + round) % candidates.Count;
                var candidate = candidates[index];
                var before = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                sink += candidate.Pass(candidate.Cases);
                var elapsed = Stopwatch.GetElapsedTime(start);
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                times[index].Add(elapsed.TotalNanoseconds / candidate.Cases);
                bytes[index].Add((double)allocated / candidate.Cases);
            }
        }

        if (sink == 42) Console.Write(' '); // keep the passes' results alive
        return [.. candidates.Select((c, i) => new Result(c.Name, Median(times[i]), Median(bytes[i]), times[i].Min()))];
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static string F(double value, int decimals = 1) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    public static double TimeMs(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
