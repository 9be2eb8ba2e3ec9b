using System.Diagnostics;
using System.Globalization;
using System.Text;
using Safeguards.Compiler.Emit;
using Safeguards.Evaluation.Batch;
using Safeguards.Evaluation.Settings;
using Safeguards.Runtime;
using static Safeguards.Bench.Eval.Harness;

namespace Safeguards.Bench.Eval;

/// <summary>Part 2 (docs/performance.md, "Batch throughput"): <c>safeguards eval PACK CASES --format outcomes|jsonl</c>
/// end to end, as a separate process of the built tool, over generated JSON Lines files; then where the
/// time goes, in this process.</summary>
public static class BatchBench
{
    private const string AsOfText = "2025-03-01T00:00:00+05:00";

    public static int Run(bool quick, long[] sizes, TextWriter report)
    {
        var folder = Path.Combine(Path.GetTempPath(), "safeguards-bench-batch-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            var pack = Path.Combine(folder, "pack");
            var (buildExit, _) = Tool(null, ["build", Packs.Folder, "-o", pack], null);
            if (buildExit != 0) throw new InvalidOperationException("safeguards build failed on the benchmark pack");

            var hasTime = File.Exists("/usr/bin/time");
            var hasTaskset = File.Exists("/usr/bin/taskset");
            report.WriteLine($"`safeguards eval PACK SHARD... --as-of {AsOfText} --format outcomes|jsonl -o /dev/null` on a pack built by `safeguards build` " +
                "(8 safeguards), each case on one line of ~" + $"{AverageLineBytes():F0} bytes. `outcomes` writes one short line per case (the outcome of each " +
                "safeguard that applies, from the fast path); `jsonl` writes every finding with citations, evidence and message. One core: one process pinned " +
                "with `taskset -c 0` over all shards; all cores: `eval` has no parallel mode, so one process per core, each pinned and given its own half of " +
                "the shards, run at once (throughput = cases ÷ wall time of the slower). Wall time includes process start-up, reading and validating every " +
                "record and writing the output; peak memory is the maximum resident set size of a process (`/usr/bin/time -v`).");
            report.WriteLine();
            report.WriteLine("| cases | input size | --format | one core: cases/s | one core: peak RSS | all cores (" + Environment.ProcessorCount + "): cases/s | all cores: peak RSS per process |");
            report.WriteLine("|---:|---:|---|---:|---:|---:|---:|");
            foreach (var size in sizes)
            {
                var shards = WriteShards(folder, size, Environment.ProcessorCount);
                var bytes = shards.Sum(s => new FileInfo(s).Length);
                foreach (var format in new[] { "outcomes", "jsonl" })
                {
                    var one = Measure([[.. shards]], pack, format, hasTime, hasTaskset);
                    var perCore = shards.Select(s => new[] { s }).ToArray();
                    var all = Measure(perCore, pack, format, hasTime, hasTaskset);
                    report.WriteLine($"| {size:N0} | {bytes / (1024.0 * 1024):N0} MiB | {format} | {F(size / one.Seconds, 0)} | {Rss(one.PeakKiB)} | {F(size / all.Seconds, 0)} | {Rss(all.PeakKiB)} |");
                }
                foreach (var shard in shards) File.Delete(shard);
            }
            report.WriteLine();

            Breakdown(quick, folder, pack, report);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Writes <paramref name="count"/> of the benchmark's cases to one JSON Lines file (to time <c>eval</c> by hand).</summary>
    public static int WriteCases(long count, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        File.Move(WriteShards(folder, count, 1)[0], path, overwrite: true);
        return 0;
    }

    private static string Rss(long kib) => kib > 0 ? $"{kib / 1024.0:N0} MiB" : "n/a";

    private static double AverageLineBytes() => CaseData.Generate(1000).Average(c => Encoding.UTF8.GetByteCount(CaseData.ToJson(c)) + 1);

    /// <summary>The cases of one size, split into <paramref name="count"/> JSON Lines files, streamed to disk.</summary>
    private static string[] WriteShards(string folder, long size, int count)
    {
        var paths = Enumerable.Range(0, count).Select(i => Path.Combine(folder, $"cases-{size}-{i}.jsonl")).ToArray();
        var writers = paths.Select(p => new StreamWriter(p, false, new UTF8Encoding(false), 1 << 20)).ToArray();
        var line = new StringBuilder(1024);
        long index = 0;
        var perShard = (size + count - 1) / count;
        foreach (var c in CaseData.Stream(size))
        {
            line.Clear();
            CaseData.WriteJson(line, c);
            line.Append('\n');
            writers[Math.Min(count - 1, (int)(index++ / perShard))].Write(line);
        }
        foreach (var w in writers) w.Dispose();
        return paths;
    }

    private sealed record Timing(double Seconds, long PeakKiB);

    /// <summary>One process per group of shards, all started together; the wall time of the slowest.</summary>
    private static Timing Measure(string[][] groups, string pack, string format, bool hasTime, bool hasTaskset)
    {
        var watch = Stopwatch.StartNew();
        var runs = groups.Select((shards, core) => Task.Run(() =>
            Tool(hasTaskset ? core : null, ["eval", pack, .. shards, "--as-of", AsOfText, "--format", format, "-o", "/dev/null"], hasTime ? "time" : null))).ToArray();
        Task.WaitAll(runs);
        var seconds = watch.Elapsed.TotalSeconds;
        foreach (var run in runs)
            if (run.Result.Exit is not (0 or 1)) throw new InvalidOperationException($"safeguards eval exited with {run.Result.Exit}");
        return new Timing(seconds, runs.Max(r => r.Result.PeakKiB));
    }

    /// <summary>Runs the built tool (safeguards.dll next to this benchmark) as a process, optionally pinned to
    /// one core and under /usr/bin/time -v; returns its exit code and peak RSS in KiB (0 if unknown).</summary>
    private static (int Exit, long PeakKiB) Tool(int? core, string[] arguments, string? time)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "safeguards.dll");
        List<string> command = ["dotnet", tool, .. arguments];
        if (time is not null) command = ["/usr/bin/time", "-v", .. command];
        if (core is { } c) command = ["/usr/bin/taskset", "-c", c.ToString(CultureInfo.InvariantCulture), .. command];
        var info = new ProcessStartInfo(command[0], command.Skip(1)) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        stdout.Wait();
        process.WaitForExit();
        long peak = 0;
        foreach (var line in stderr.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("Maximum resident set size (kbytes):", StringComparison.Ordinal))
                peak = long.Parse(trimmed.Split(':')[1].Trim(), CultureInfo.InvariantCulture);
        }
        var exit = process.ExitCode;
        if (exit is not (0 or 1))
            Console.Error.WriteLine($"safeguards {arguments[0]} exited with {exit}: " + string.Join('\n', stderr.Split('\n').Where(l => !l.StartsWith('\t')).Take(5)));
        return (exit, peak);
    }

    /// <summary>Where the time of a batch goes, on one thread of this process: reading and validating the
    /// JSON, the fast path, the rich path (findings), and the whole CLI command in-process.</summary>
    private static void Breakdown(bool quick, string folder, string packFolder, TextWriter report)
    {
        var size = quick ? 5_000 : 200_000;
        var file = WriteShards(folder, size, 1)[0];
        var pack = PackLoader.LoadFile(Directory.GetFiles(packFolder, "Safeguards.Pack.*.dll").Single());
        var asOf = CaseData.AsOf.UtcTicks;
        var reader = new CaseReader(pack.Schema);
        var evaluator = new BatchEvaluator(pack, DeploymentSettings.None, asOf);
        var output = Path.Combine(folder, "out.jsonl");
        var outcomesOutput = Path.Combine(folder, "outcomes.jsonl");
        // Each step's cost is shown as the increase over the step it builds on (Base, an index; -1: none).
        var steps = new (string Name, int Base, Func<long> Pass)[]
        {
            ("read and validate (CaseReader over the file)", -1, () => reader.ReadFile(file).LongCount(r => r.Record is not null)),
            ("read + fast path (`Evaluate`)", 0, () =>
            {
                var outcomes = new Outcome[8];
                long n = 0;
                foreach (var r in reader.ReadFile(file)) { pack.Evaluate(r.Record!, asOf, outcomes); n += (byte)outcomes[0]; }
                return n;
            }),
            ("whole `eval --format outcomes` in-process (adds the short JSON lines)", 1, () =>
            {
                var sink = new StringWriter();
                return Safeguards.Cli.Program.Run(["eval", packFolder, file, "--as-of", AsOfText, "--format", "outcomes", "-o", outcomesOutput], sink, sink);
            }),
            ("read + rich path (`BatchEvaluator`: `Explain`, findings)", 0, () => evaluator.Run([file]).LongCount()),
            ("whole `eval --format jsonl` in-process (adds the findings' JSON)", 3, () =>
            {
                var sink = new StringWriter();
                return Safeguards.Cli.Program.Run(["eval", packFolder, file, "--as-of", AsOfText, "--format", "jsonl", "-o", output], sink, sink);
            }),
        };
        var times = steps.Select(_ => new List<double>()).ToArray();
        var rounds = quick ? 1 : 5;
        foreach (var step in steps) step.Pass(); // warm up
        for (var round = 0; round < rounds; round++)
            for (var i = 0; i < steps.Length; i++)
                times[i].Add(TimeMs(() => steps[i].Pass()));
        report.WriteLine($"Where the time goes: {size:N0} cases on one thread in one process, warm, median of {rounds}; `--format outcomes` writes " +
            $"{new FileInfo(outcomesOutput).Length / (double)size:N0} bytes per case, `--format jsonl` {new FileInfo(output).Length / (double)size:N0} " +
            "(8 findings with citations, evidence and message).");
        report.WriteLine();
        report.WriteLine("| step | µs per case | cases/s | added to the step it builds on |");
        report.WriteLine("|---|---:|---:|---:|");
        for (var i = 0; i < steps.Length; i++)
        {
            var ms = Median(times[i]);
            var added = steps[i].Base < 0 ? "" : $"+{F((ms - Median(times[steps[i].Base])) * 1000 / size, 2)} µs";
            report.WriteLine($"| {steps[i].Name} | {F(ms * 1000 / size, 2)} | {F(size / (ms / 1000), 0)} | {added} |");
        }
        report.WriteLine();
    }
}
