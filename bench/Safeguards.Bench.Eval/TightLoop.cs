using System.Diagnostics;
using System.Text;
using Safeguards.Compiler.Emit;
using Safeguards.Runtime;

namespace Safeguards.Bench.Eval;

/// <summary><c>tight [N]</c>: the compiled pack and the hand-written code in plain loops over the same N cases
/// (default 200,000), nothing else running between passes: the cost of the rules and of reaching the data,
/// without the main benchmark's interleaving. For the analysis in docs/performance.md ("Where the time goes").
/// With a built pack's assembly (<c>tight N BASELINE.dll</c>, e.g. built by an older <c>safeguards build</c>) that pack
/// runs in the same rounds, so a change of the generator is measured as a ratio within one run.</summary>
public static class TightLoop
{
    public static int Run(int count, IReadOnlyList<string> baselineAssemblies)
    {
        IRulePack pack = PackLoader.Load(Packs.Compile(Packs.BuildModel(Packs.Folder)).Assembly);
        var baselines = baselineAssemblies.Select(a => (Name: Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(a)))!, Pack: PackLoader.LoadFile(Path.GetFullPath(a)))).ToList();
        var asOf = CaseData.AsOf;
        var asOfTicks = asOf.UtcTicks;
        var cases = CaseData.Generate(count);
        var reader = new CaseReader(pack.Schema);
        var records = cases.Select(c => reader.ReadJson(Encoding.UTF8.GetBytes(CaseData.ToJson(c)), "synthetic.jsonl").Record!).ToArray();
        // The same records for every pack (the packs share the runtime and the case schema): a difference between two packs
        // is then the code, not where their records happen to lie in memory.
        var baselineRecords = baselines.Select(_ => records).ToList();
        var tuned = HandTuned.From(cases);
        Span<Status> fromTuned = stackalloc Status[8], fromTimeline = stackalloc Status[8];
        for (var i = 0; i < records.Length; i++)
        {
            HandTuned.Evaluate(tuned[i], asOfTicks, fromTuned);
            HandTuned.EvaluateTimeline(records[i], asOfTicks, fromTimeline);
            if (!fromTuned.SequenceEqual(fromTimeline))
            {
                Console.Error.WriteLine("AGREEMENT FAILED: the hand-tuned code differs over the timeline.");
                return 1;
            }
        }
        if (!Agree(pack, records, tuned, asOfTicks) || baselines.Where((b, k) => !Agree(b.Pack, baselineRecords[k], tuned, asOfTicks)).Any())
        {
            Console.Error.WriteLine("AGREEMENT FAILED: the compiled pack and the hand-tuned code differ.");
            return 1;
        }
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

        long Pack(IRulePack p, CaseRecord[] rs, int n, int times)
        {
            Span<Outcome> o = stackalloc Outcome[8];
            long sum = 0;
            for (var k = 0; k < times; k++)
                for (var i = 0; i < n; i++) { p.Evaluate(rs[i], asOfTicks, o); sum += (byte)o[0] + (byte)o[7]; }
            return sum;
        }

        long Tuned(int n, int times)
        {
            Span<Status> o = stackalloc Status[8];
            long sum = 0;
            for (var k = 0; k < times; k++)
                for (var i = 0; i < n; i++) { HandTuned.Evaluate(tuned[i], asOfTicks, o); sum += (byte)o[0] + (byte)o[7]; }
            return sum;
        }

        long TunedTimeline(int n, int times)
        {
            Span<Status> o = stackalloc Status[8];
            long sum = 0;
            for (var k = 0; k < times; k++)
                for (var i = 0; i < n; i++) { HandTuned.EvaluateTimeline(records[i], asOfTicks, o); sum += (byte)o[0] + (byte)o[7]; }
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

        List<(string Name, Func<long> Pass, int Cases)> rows =
        [
            ("compiled pack (Evaluate), streaming", () => Compiled(count, 1), count),
            ("hand-tuned (ticks as long), streaming", () => Tuned(count, 1), count),
            ("hand-tuned code over the pack's timeline, streaming", () => TunedTimeline(count, 1), count),
            ("hand-written four-valued, streaming", () => Hand(count, 1), count),
            ("hand-written boolean, streaming", () => HandBoolean(count, 1), count),
            ("compiled pack (Evaluate), in cache", () => Compiled(inCache, repeat), inCache * repeat),
            ("hand-tuned (ticks as long), in cache", () => Tuned(inCache, repeat), inCache * repeat),
            ("hand-tuned code over the pack's timeline, in cache", () => TunedTimeline(inCache, repeat), inCache * repeat),
            ("hand-written four-valued, in cache", () => Hand(inCache, repeat), inCache * repeat),
            ("hand-written boolean, in cache", () => HandBoolean(inCache, repeat), inCache * repeat),
        ];
        for (var b = baselines.Count - 1; b >= 0; b--)
        {
            var (name, other) = baselines[b];
            var otherRecords = baselineRecords[b];
            rows.Insert(1, ($"pack {name}, streaming", () => Pack(other, otherRecords, count, 1), count));
            rows.Insert(rows.FindIndex(r => r.Name.EndsWith("in cache", StringComparison.Ordinal)) + 1, ($"pack {name}, in cache", () => Pack(other, otherRecords, inCache, repeat), inCache * repeat));
        }
        long sink = 0;
        for (var warm = 0; warm < 5; warm++) foreach (var row in rows) sink += row.Pass();
        var times = rows.Select(_ => new List<double>()).ToArray();
        var allocated = new long[rows.Count];
        for (var round = 0; round < 15; round++)
        {
            for (var k = 0; k < rows.Count; k++)
            {
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                sink += rows[k].Pass();
                times[k].Add(Stopwatch.GetElapsedTime(start).TotalNanoseconds / rows[k].Cases);
                allocated[k] += GC.GetAllocatedBytesForCurrentThread() - bytes;
            }
        }

        Console.WriteLine($"Plain loops over {count:N0} cases (in cache: the first {inCache:N0}, {repeat} times per pass), median of 15 passes:");
        Console.WriteLine();
        Console.WriteLine("| loop | ns per case | ÷ hand-tuned | bytes allocated per case |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (var k = 0; k < rows.Count; k++)
        {
            var tunedRow = rows.FindIndex(r => r.Name.StartsWith("hand-tuned (", StringComparison.Ordinal) && r.Name.EndsWith(rows[k].Name[rows[k].Name.LastIndexOf(',')..], StringComparison.Ordinal));
            var ratio = Harness.Median(times[k]) / Harness.Median(times[tunedRow]);
            Console.WriteLine($"| {rows[k].Name} | {Harness.F(Harness.Median(times[k]))} | {ratio:F2} | {(double)allocated[k] / (15L * rows[k].Cases):F2} |");
        }
        if (sink == 42) Console.Write(' ');
        return 0;
    }

    /// <summary>The pack and the hand-tuned code give the same outcome for every case and safeguard.</summary>
    private static bool Agree(IRulePack pack, CaseRecord[] records, HandTuned.Case[] tuned, long asOf)
    {
        Span<Outcome> fromPack = stackalloc Outcome[8];
        Span<Status> fromTuned = stackalloc Status[8];
        for (var i = 0; i < records.Length; i++)
        {
            pack.Evaluate(records[i], asOf, fromPack);
            HandTuned.Evaluate(tuned[i], asOf, fromTuned);
            for (var s = 0; s < 8; s++)
                if ((byte)fromTuned[s] != (byte)fromPack[s]) return false; // Status mirrors the first four Outcome values
        }
        return true;
    }
}
