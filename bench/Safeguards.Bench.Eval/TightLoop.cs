using System.Diagnostics;
using System.Text;
using Safeguards.Compiler.Emit;
using Safeguards.Runtime;

namespace Safeguards.Bench.Eval;

/// <summary><c>tight [N]</c>: the compiled pack and the hand-written code in plain loops over the same N cases
/// (default 200,000), nothing else running between passes: the cost of the rules and of reaching the data,
/// without the main benchmark's interleaving. For the analysis in docs/performance.md ("Where the time goes").</summary>
public static class TightLoop
{
    public static int Run(int count)
    {
        IRulePack pack = PackLoader.Load(Packs.Compile(Packs.BuildModel(Packs.Folder)).Assembly);
        var asOf = CaseData.AsOf;
        var asOfTicks = asOf.UtcTicks;
        var cases = CaseData.Generate(count);
        var reader = new CaseReader(pack.Schema);
        var records = cases.Select(c => reader.ReadJson(Encoding.UTF8.GetBytes(CaseData.ToJson(c)), "synthetic.jsonl").Record!).ToArray();
        var inCache = Math.Min(1_000, count);
        var repeat = Math.Max(1, count / inCache);

        // Three loops written out rather than one taking a delegate: a call per case would add its own
        // cost to a measurement of about 16 ns.
        long Compiled(int n, int times)
        {
            Span<Outcome> o = stackalloc Outcome[8];
            long sum = 0;
            for (var k = 0; k < times; k++)
                for (var i = 0; i < n; i++) { pack.Evaluate(records[i], asOfTicks, o); sum += (byte)o[0] + (byte)o[7]; }
            return sum;
        }

        long Hand(int n, int times)
        {
            Span<Status> o = stackalloc Status[8];
            long sum = 0;
            for (var k = 0; k < times; k++)
                for (var i = 0; i < n; i++) { HandWritten.Evaluate(cases[i], asOf, o); sum += (byte)o[0] + (byte)o[7]; }
            return sum;
        }

        long HandBoolean(int n, int times)
        {
            Span<bool> o = stackalloc bool[8];
            long sum = 0;
            for (var k = 0; k < times; k++)
                for (var i = 0; i < n; i++) { HandWritten.Check(cases[i], asOf, o); sum += (o[0] ? 1 : 0) + (o[7] ? 1 : 0); }
            return sum;
        }

        (string Name, Func<long> Pass, int Cases)[] rows =
        [
            ("compiled pack (Evaluate), streaming", () => Compiled(count, 1), count),
            ("hand-written four-valued, streaming", () => Hand(count, 1), count),
            ("hand-written boolean, streaming", () => HandBoolean(count, 1), count),
            ("compiled pack (Evaluate), in cache", () => Compiled(inCache, repeat), inCache * repeat),
            ("hand-written four-valued, in cache", () => Hand(inCache, repeat), inCache * repeat),
            ("hand-written boolean, in cache", () => HandBoolean(inCache, repeat), inCache * repeat),
        ];
        long sink = 0;
        for (var warm = 0; warm < 5; warm++) foreach (var row in rows) sink += row.Pass();
        var times = rows.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < 15; round++)
        {
            for (var k = 0; k < rows.Length; k++)
            {
                var start = Stopwatch.GetTimestamp();
                sink += rows[k].Pass();
                times[k].Add(Stopwatch.GetElapsedTime(start).TotalNanoseconds / rows[k].Cases);
            }
        }

        Console.WriteLine($"Plain loops over {count:N0} cases (in cache: the first {inCache:N0}, {repeat} times per pass), median of 15 passes:");
        Console.WriteLine();
        Console.WriteLine("| loop | ns per case |");
        Console.WriteLine("|---|---:|");
        for (var k = 0; k < rows.Length; k++) Console.WriteLine($"| {rows[k].Name} | {Harness.F(Harness.Median(times[k]))} |");
        if (sink == 42) Console.Write(' ');
        return 0;
    }
}
