using System.Diagnostics;
using System.Text;
using static Safeguards.Bench.Eval.Harness;

namespace Safeguards.Bench.Eval;

/// <summary>Part 3 (docs/performance.md, "Compile time"): <c>safeguards check</c> and <c>safeguards build</c>
/// on generated packs of 10, 100 and 1,000 safeguards; cold = a new process of the built tool (wall time,
/// runtime start-up included), warm = repeated in this process (<c>Program.Run</c>).</summary>
public static class CompileBench
{
    public static int Run(bool quick, TextWriter report)
    {
        var folder = Path.Combine(Path.GetTempPath(), "safeguards-bench-compile-" + Environment.ProcessId);
        try
        {
            int[] sizes = quick ? [10, 100] : [10, 100, 1_000];
            var coldRuns = quick ? 1 : 5;
            var warmRuns = quick ? 1 : 5;
            report.WriteLine($"Generated packs (the benchmark's case schema, the eight safeguards repeated with new ids). Cold: `dotnet safeguards.dll check|build DIR` " +
                $"as a new process, wall time with runtime start-up, median of {coldRuns}. Warm: the same command in one process after one warm-up run, median of {warmRuns}.");
            report.WriteLine();
            report.WriteLine("| safeguards | lines | check cold | check warm | build cold | build warm |");
            report.WriteLine("|---:|---:|---:|---:|---:|---:|");
            foreach (var size in sizes)
            {
                var pack = Path.Combine(folder, $"pack-{size}");
                Directory.CreateDirectory(pack);
                var text = Generate(size);
                File.WriteAllText(Path.Combine(pack, "generated.sg"), text);
                var output = Path.Combine(folder, $"out-{size}");
                string[] check = ["check", pack];
                string[] build = ["build", pack, "-o", output];
                var checkCold = Median(Enumerable.Range(0, coldRuns).Select(_ => Process(check)));
                var buildCold = Median(Enumerable.Range(0, coldRuns).Select(_ => Process(build)));
                var checkWarm = Warm(check, warmRuns);
                var buildWarm = Warm(build, warmRuns);
                report.WriteLine($"| {size:N0} | {text.Count(ch => ch == '\n'):N0} | {F(checkCold, 0)} ms | {F(checkWarm, 0)} ms | {F(buildCold, 0)} ms | {F(buildWarm, 0)} ms |");
            }
            report.WriteLine();
            return 0;
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A pack of <paramref name="count"/> safeguards: the benchmark pack's header and case, and its
    /// eight safeguards repeated with new ids.</summary>
    public static string Generate(int count)
    {
        var source = File.ReadAllText(Path.Combine(Packs.Folder, "detention8.sg"));
        var firstSafeguard = source.IndexOf("\nsafeguard ", StringComparison.Ordinal);
        var header = source[..(firstSafeguard + 1)].Replace("pack bench.detention", "pack bench.generated", StringComparison.Ordinal);
        var templates = source[(firstSafeguard + 1)..].Split("\nsafeguard ", StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.StartsWith("safeguard ", StringComparison.Ordinal) ? t["safeguard ".Length..] : t).ToArray();
        var text = new StringBuilder(header);
        for (var i = 0; i < count; i++)
        {
            var template = templates[i % templates.Length].TrimEnd();
            var id = template[..template.IndexOf(' ', StringComparison.Ordinal)];
            text.Append("\nsafeguard ").Append(id).Append('-').Append(i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))
                .Append(template[id.Length..]).Append('\n');
        }
        return text.ToString();
    }

    private static double Process(string[] arguments)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "safeguards.dll");
        var info = new ProcessStartInfo("dotnet", [tool, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        var watch = Stopwatch.StartNew();
        using var process = System.Diagnostics.Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        stdout.Wait();
        process.WaitForExit();
        var ms = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0) throw new InvalidOperationException($"safeguards {arguments[0]} exited with {process.ExitCode}: {stderr.Split('\n')[0]}");
        return ms;
    }

    private static double Warm(string[] arguments, int runs)
    {
        double Once()
        {
            var sink = new StringWriter();
            var start = Stopwatch.GetTimestamp();
            var exit = Safeguards.Cli.Program.Run(arguments, sink, sink);
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (exit != 0) throw new InvalidOperationException($"safeguards {arguments[0]} exited with {exit}");
            return ms;
        }
        Once();
        return Median(Enumerable.Range(0, runs).Select(_ => Once()));
    }
}
