using System.Diagnostics;
using System.Text;
using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;

namespace Safeguards.Bench.Check;

/// <summary>Binding cost against the number of attributes of one event (docs/performance.md, "Binding
/// scales linearly"): parse once, then time the binder alone. Linear growth means 10x the attributes
/// costs about 10x the time; the binder used to search the event's list for each attribute (quadratic).</summary>
internal static class AttributeScaling
{
    public static int Run()
    {
        int[] sizes = [1_000, 10_000, 100_000];
        var rows = new List<(int Attributes, double ParseMs, double BindMs)>();
        foreach (var size in sizes)
        {
            var text = Pack(size);
            var tree = SyntaxTree.Parse("attributes.sg", text);
            var parse = Median(3, () => SyntaxTree.Parse("attributes.sg", text));
            Compilation.Create([tree]); // warm-up (JIT)
            var bind = Median(7, () => Compilation.Create([tree]));
            var compilation = Compilation.Create([tree]);
            var errors = compilation.Diagnostics.Count(d => d.Severity == Safeguards.Language.Diagnostics.DiagnosticSeverity.Error);
            if (errors > 0) throw new InvalidOperationException($"the generated pack has {errors} error(s): {compilation.Diagnostics[0]}");
            rows.Add((size, parse, bind));
        }

        Console.WriteLine("| attributes of one event | parse ms (median of 3) | bind ms (median of 7) | bind µs per attribute |");
        Console.WriteLine("|---:|---:|---:|---:|");
        foreach (var (attributes, parse, bind) in rows)
            Console.WriteLine($"| {attributes:N0} | {parse:F0} | {bind:F1} | {bind * 1000 / attributes:F2} |");
        var growth = rows[^1].BindMs / rows[^2].BindMs;
        Console.WriteLine();
        Console.WriteLine($"bind growth from {rows[^2].Attributes:N0} to {rows[^1].Attributes:N0} attributes: {growth:F1}x (10x is linear, 100x quadratic)");
        return growth < 30 ? 0 : 1;
    }

    /// <summary>A clean pack: one event with the attributes, and a safeguard that filters on the last one.</summary>
    private static string Pack(int attributes)
    {
        var text = new StringBuilder("""
            pack bench.attributes "Attributes"
              jurisdiction KZ
              time zone "Asia/Almaty"

            source LAW "A law"
            article LAW 1 "An article"

            case arrest "An arrest"
              event apprehended "apprehended" required
              event complaint "a complaint"
                with
            """);
        for (var i = 0; i < attributes; i++)
            text.Append(i == 0 ? " " : ",\n      ").Append('a').Append(i).Append(": yes_").Append(i).Append(" | no_").Append(i);
        text.Append($"""


            safeguard BENCH-1 "Complaints answered"
              cites LAW article 1
              applies to arrest
              requires complaint where a{attributes - 1} is yes_{attributes - 1} within 3 days after apprehended

            """);
        return text.ToString();
    }

    private static double Median(int runs, Action action)
    {
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            // Start each run with a clean heap: the machine's other work and the last run's garbage are noise here.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[runs / 2];
    }
}
