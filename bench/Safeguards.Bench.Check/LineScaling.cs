using System.Diagnostics;
using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Safeguards.Language.Text;

namespace Safeguards.Bench.Check;

/// <summary>How a warm check grows with the pack (docs/performance.md, "Check scales linearly"): the same
/// generated content mix at 1k, 10k and 100k lines, each stage timed on its own (lex, parse, bind) and the
/// whole <c>safeguards check</c> in process, with the bytes allocated and the GC pause time per check.
/// Linear growth means the per-line figures stay flat across sizes.</summary>
internal static class LineScaling
{
    private sealed record Stage(double Ms, long Bytes);

    private sealed record Row(int Lines, Stage Lex, Stage Parse, Stage Bind, double CheckMs, double CheckP95Ms, double CheckCpuMs,
        long CheckBytes, double PauseMs, int Gen2);

    public static int Run(IReadOnlyList<int> sizes, string folder)
    {
        var rows = new List<Row>();
        foreach (var size in sizes)
        {
            var path = Path.Combine(folder, $"pack-scaling-{size}.sg");
            File.WriteAllText(path, PackGenerator.Generate(size, repeated: true));
            var text = File.ReadAllText(path);
            var lines = text.Count(c => c == '\n');
            var source = new SourceText(path, text);
            var runs = size >= 100_000 ? 7 : size >= 10_000 ? 15 : 60;
            var warmup = size >= 100_000 ? 2 : 5;

            var lex = Median(warmup, runs, () => Lexer.Lex(source));
            var parse = Median(warmup, runs, () => Parser.Parse(source));
            var tree = Parser.Parse(source);
            var bind = Median(warmup, runs, () => Compilation.Create([tree]));
            // Errors would time error reporting; the smallest pack leaves a few events unused (warnings, printed by check).
            var errors = Compilation.Create([tree]).Diagnostics.Where(d => d.Severity == Safeguards.Language.Diagnostics.DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) throw new InvalidOperationException($"the generated {size}-line pack has {errors.Count} error(s), the first {errors[0]}");

            // The whole command, as `check` runs it (read, parse, bind, print), with what it allocates and the GC pauses it causes.
            for (var i = 0; i < warmup; i++) Check(path);
            var times = new List<double>(runs);
            var cpu = new List<double>(runs);
            long bytes = 0;
            var pause = TimeSpan.Zero;
            var gen2 = 0;
            for (var i = 0; i < runs; i++)
            {
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var pauseBefore = GC.GetTotalPauseDuration();
                var gen2Before = GC.CollectionCount(2);
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                Check(path);
                times.Add(watch.Elapsed.TotalMilliseconds);
                cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
                bytes += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                pause += GC.GetTotalPauseDuration() - pauseBefore;
                gen2 += GC.CollectionCount(2) - gen2Before;
            }
            times.Sort();
            cpu.Sort();
            rows.Add(new Row(lines, lex, parse, bind, times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1], cpu[cpu.Count / 2],
                bytes / runs, pause.TotalMilliseconds / runs, gen2));
            File.Delete(path);
        }

        Console.WriteLine("Stages in process (median ms; bytes allocated per line):");
        Console.WriteLine();
        Console.WriteLine("| lines | lex ms | lex B/line | parse ms (incl. lex) | parse B/line | bind ms | bind B/line |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
            Console.WriteLine($"| {r.Lines:N0} | {r.Lex.Ms:F1} | {r.Lex.Bytes / r.Lines:N0} | {r.Parse.Ms:F1} | {r.Parse.Bytes / r.Lines:N0} | {r.Bind.Ms:F1} | {r.Bind.Bytes / r.Lines:N0} |");
        Console.WriteLine();
        Console.WriteLine("The whole `safeguards check` in process (median; CPU is the process's, GC threads included):");
        Console.WriteLine();
        Console.WriteLine("| lines | wall ms (median / p95) | wall µs per line | CPU ms | CPU µs per line | allocated per check | bytes per line | GC pause per check | gen2 GCs (all runs) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
            Console.WriteLine($"| {r.Lines:N0} | {r.CheckMs:F1} / {r.CheckP95Ms:F1} | {r.CheckMs * 1000 / r.Lines:F1} | {r.CheckCpuMs:F0} | {r.CheckCpuMs * 1000 / r.Lines:F1} | "
                + $"{r.CheckBytes / 1048576.0:F1} MiB | {r.CheckBytes / r.Lines:N0} | {r.PauseMs:F1} ms | {r.Gen2} |");
        Console.WriteLine();
        for (var i = 1; i < rows.Count; i++)
        {
            var sizeRatio = (double)rows[i].Lines / rows[i - 1].Lines;
            Console.WriteLine($"{rows[i - 1].Lines:N0} → {rows[i].Lines:N0} lines ({sizeRatio:F1}x): check {rows[i].CheckMs / rows[i - 1].CheckMs:F1}x (CPU {rows[i].CheckCpuMs / rows[i - 1].CheckCpuMs:F1}x), "
                + $"parse {rows[i].Parse.Ms / rows[i - 1].Parse.Ms:F1}x, bind {rows[i].Bind.Ms / rows[i - 1].Bind.Ms:F1}x, "
                + $"allocation {(double)rows[i].CheckBytes / rows[i - 1].CheckBytes:F1}x");
        }
        Console.WriteLine($"load average: {LoadAverage()}; {Environment.ProcessorCount} logical CPUs");
        return 0;
    }

    private static void Check(string path)
    {
        var output = new StringWriter();
        var exit = Safeguards.Cli.Program.Run(["check", path], output, output);
        if (exit != 0) throw new InvalidOperationException($"check exited with {exit}");
    }

    private static Stage Median(int warmup, int runs, Action action)
    {
        for (var i = 0; i < warmup; i++) action();
        var times = new List<double>(runs);
        long bytes = 0;
        for (var i = 0; i < runs; i++)
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
            bytes += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        }
        times.Sort();
        return new Stage(times[times.Count / 2], bytes / runs);
    }

    internal static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
