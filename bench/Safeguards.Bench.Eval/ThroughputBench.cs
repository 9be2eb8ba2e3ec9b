using System.Diagnostics;
using System.Globalization;
using static Safeguards.Bench.Eval.Harness;

namespace Safeguards.Bench.Eval;

/// <summary>
/// Issue #18, targets 4–6 (docs/performance.md, "Batch throughput, cores and the pack cache"): the built tool as a
/// separate process, every variant once per round and the rounds interleaved, so that a shared, loaded machine
/// slows all of them alike; medians, and the load average read before and after each run. Time is wall time and
/// CPU time (user + system, from /usr/bin/time): on a loaded machine cases per CPU-second is the steadier measure
/// of the work per core, wall time the measure of what several cores give.
/// </summary>
public static class ThroughputBench
{
    private const string AsOfText = "2025-03-01T00:00:00+05:00";

    private sealed record Run(double Wall, double Cpu, long PeakKiB, double LoadBefore, double LoadAfter);

    /// <summary><c>throughput [N] [--baseline DLL]</c>: --format jsonl and outcomes, one core (pinned, --jobs 1) against
    /// the baseline tool, and --jobs 1 against --jobs 2 unpinned.</summary>
    public static int Cores(long count, string? baseline, int rounds, TextWriter report)
    {
        var folder = Path.Combine(Path.GetTempPath(), "safeguards-bench-throughput-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            var cases = Path.Combine(folder, "cases.jsonl");
            BatchBench.WriteCases(count, cases);
            var pack = Path.Combine(folder, "pack");
            Exec(Tool, ["build", Packs.Folder, "-o", pack], null, null);
            // Each tool evaluates the pack it built: a built pack needs the runtime it was compiled against.
            var baselinePack = pack + "-baseline";
            if (baseline is not null) Exec(baseline, ["build", Packs.Folder, "-o", baselinePack], null, null);
            var variants = new List<(string Name, string Dll, int? Core, string[] Args)>();
            foreach (var format in new[] { "jsonl", "outcomes" })
            {
                string[] common = ["eval", pack, cases, "--as-of", AsOfText, "--format", format, "-o", "/dev/null"];
                if (baseline is not null)
                    variants.Add(($"{format}, one core (taskset -c 0), before", baseline, 0, ["eval", baselinePack, .. common[2..]]));
                variants.Add(($"{format}, one core (taskset -c 0), after, --jobs 1", Tool, 0, [.. common, "--jobs", "1"]));
                variants.Add(($"{format}, unpinned, --jobs 1", Tool, null, [.. common, "--jobs", "1"]));
                variants.Add(($"{format}, unpinned, --jobs 2", Tool, null, [.. common, "--jobs", "2"]));
            }
            var runs = Measure(variants.Select(v => (v.Name, (Func<Run>)(() => Exec(v.Dll, v.Args, v.Core, null)))).ToList(), rounds);
            report.WriteLine($"{count:N0} cases, {rounds} rounds interleaved, medians; {Environment.ProcessorCount} cores.");
            report.WriteLine();
            report.WriteLine("| variant | wall s | cases/s (wall) | CPU s | cases per CPU-second | peak RSS | load average during the runs |");
            report.WriteLine("|---|---:|---:|---:|---:|---:|---|");
            foreach (var (name, list) in runs)
            {
                var wall = Median(list.Select(r => r.Wall).ToList());
                var cpu = Median(list.Select(r => r.Cpu).ToList());
                report.WriteLine($"| {name} | {F(wall, 2)} | {F(count / wall, 0)} | {F(cpu, 2)} | {F(count / cpu, 0)} | {list.Max(r => r.PeakKiB) / 1024} MiB | " +
                    $"{F(list.Min(r => Math.Min(r.LoadBefore, r.LoadAfter)), 1)}–{F(list.Max(r => Math.Max(r.LoadBefore, r.LoadAfter)), 1)} |");
            }
            report.WriteLine();
            foreach (var format in new[] { "jsonl", "outcomes" })
            {
                var one = runs.Single(r => r.Name == $"{format}, unpinned, --jobs 1").Runs;
                var two = runs.Single(r => r.Name == $"{format}, unpinned, --jobs 2").Runs;
                // Per round: the two ran next to each other, under about the same load.
                var ratios = one.Zip(two, (a, b) => a.Wall / b.Wall).ToList();
                report.WriteLine($"- `{format}`: --jobs 2 ÷ --jobs 1, wall time per round: {string.Join(", ", ratios.Select(r => F(r, 2)))} (median {F(Median(ratios), 2)}×)");
            }
            report.WriteLine();
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary><c>breakeven</c>: rule files interpreted, compiled with an empty cache, and compiled from the cache, at
    /// several batch sizes (--jobs 1, so the engines are compared, not the cores).</summary>
    public static int BreakEven(long[] sizes, int rounds, TextWriter report)
    {
        var folder = Path.Combine(Path.GetTempPath(), "safeguards-bench-breakeven-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            var warmCache = Path.Combine(folder, "warm-cache");
            report.WriteLine($"Rule files (`{Path.GetFileName(Packs.Folder)}`), {rounds} rounds interleaved, medians of wall time in seconds; " +
                "cold = compiled with an empty cache (Roslyn in the process), cached = the compiled pack loaded from the cache; " +
                "each cell is wall seconds / CPU seconds (user + system).");
            report.WriteLine();
            report.WriteLine("| cases | case data | --format | interpreter | compiled, cold | compiled, cached | load average |");
            report.WriteLine("|---:|---:|---|---:|---:|---:|---|");
            foreach (var size in sizes)
            {
                var cases = Path.Combine(folder, $"cases-{size}.jsonl");
                BatchBench.WriteCases(size, cases);
                foreach (var format in new[] { "jsonl", "outcomes" })
                {
                    string[] common = ["eval", Packs.Folder, cases, "--as-of", AsOfText, "--format", format, "-o", "/dev/null", "--jobs", "1", "--engine"];
                    Exec(Tool, [.. common, "compiled"], null, warmCache); // fills the warm cache
                    var runs = Measure(
                    [
                        ("interpreter", () => Exec(Tool, [.. common, "interpreter"], null, null)),
                        ("cold", () =>
                        {
                            var empty = Path.Combine(folder, "cold-" + Guid.NewGuid().ToString("N"));
                            try { return Exec(Tool, [.. common, "compiled"], null, empty); }
                            finally { Directory.Delete(empty, recursive: true); }
                        }),
                        ("cached", () => Exec(Tool, [.. common, "compiled"], null, warmCache)),
                    ], rounds);
                    string Wall(string name)
                    {
                        var list = runs.Single(r => r.Name == name).Runs;
                        return $"{F(Median(list.Select(r => r.Wall).ToList()), 2)} / {F(Median(list.Select(r => r.Cpu).ToList()), 2)}";
                    }
                    var all = runs.SelectMany(r => r.Runs).ToList();
                    report.WriteLine($"| {size:N0} | {new FileInfo(cases).Length / 1024} KiB | {format} | {Wall("interpreter")} | {Wall("cold")} | {Wall("cached")} | " +
                        $"{F(all.Min(r => r.LoadBefore), 1)}–{F(all.Max(r => r.LoadAfter), 1)} |");
                }
                File.Delete(cases);
            }
            report.WriteLine();
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Tool => Path.Combine(AppContext.BaseDirectory, "safeguards.dll");

    private static List<(string Name, List<Run> Runs)> Measure(List<(string Name, Func<Run> Run)> variants, int rounds)
    {
        foreach (var variant in variants) variant.Run(); // warm the file cache and the disk
        var runs = variants.Select(v => (v.Name, Runs: new List<Run>())).ToList();
        for (var round = 0; round < rounds; round++)
            for (var i = 0; i < variants.Count; i++)
                runs[i].Runs.Add(variants[i].Run());
        return runs;
    }

    /// <summary>Runs <c>dotnet DLL ARGS</c> under /usr/bin/time (optionally pinned to a core, with its own pack cache).</summary>
    private static Run Exec(string dll, string[] arguments, int? core, string? cache)
    {
        var timing = Path.GetTempFileName();
        try
        {
            List<string> command = ["/usr/bin/time", "-o", timing, "-f", "%e %U %S %M", "dotnet", dll, .. arguments];
            if (core is { } c) command = ["/usr/bin/taskset", "-c", c.ToString(CultureInfo.InvariantCulture), .. command];
            var info = new ProcessStartInfo(command[0], command.Skip(1)) { RedirectStandardOutput = true, RedirectStandardError = true };
            if (cache is not null) info.Environment["SAFEGUARDS_CACHE"] = cache;
            var before = Load();
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            stdout.Wait();
            process.WaitForExit();
            var after = Load();
            // eval exits with 1 when it finds violations, as these cases have.
            if (process.ExitCode is not (0 or 1))
                throw new InvalidOperationException($"{string.Join(' ', arguments.Take(2))} exited with {process.ExitCode}: {stderr.Split('\n').FirstOrDefault()}");
            var fields = File.ReadAllText(timing).Trim().Split('\n')[^1].Split(' ');
            double D(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
            return new Run(D(0), D(1) + D(2), long.Parse(fields[3], CultureInfo.InvariantCulture), before, after);
        }
        finally
        {
            File.Delete(timing);
        }
    }

    private static double Load() => double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
}
