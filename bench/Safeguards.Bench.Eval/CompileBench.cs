using System.Diagnostics;
using System.Text;
using static Safeguards.Bench.Eval.Harness;

namespace Safeguards.Bench.Eval;

/// <summary>Part 3 (docs/performance.md, "Compile time"): <c>safeguards check</c> and <c>safeguards build</c>
/// on generated packs of 10, 100 and 1,000 safeguards; cold = a new process of the built tool (wall time,
/// runtime start-up included), warm = repeated in this process (<c>Program.Run</c>). The full run also
/// publishes the tool ReadyToRun (scripts/publish-cli.sh) and measures its cold build.</summary>
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
            var jitTool = Path.Combine(AppContext.BaseDirectory, "safeguards.dll");
            var readyToRunTool = quick ? null : PublishReadyToRun(Path.Combine(folder, "cli-r2r"), report);
            report.WriteLine($"Generated packs (the benchmark's case schema, the eight safeguards repeated with new ids). Cold: `dotnet safeguards.dll check|build DIR` " +
                $"as a new process, wall time with runtime start-up, median of {coldRuns}; the tool as `dotnet build` leaves it (JIT) and, in the last column, " +
                $"as `scripts/publish-cli.sh` publishes it (ReadyToRun). Warm: the same command in one process after one warm-up run, median of {warmRuns}.");
            report.WriteLine();
            report.WriteLine("| safeguards | lines | check cold | check warm | build cold | build warm | build cold, ReadyToRun |");
            report.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var size in sizes)
            {
                var pack = Path.Combine(folder, $"pack-{size}");
                Directory.CreateDirectory(pack);
                var text = Generate(size);
                File.WriteAllText(Path.Combine(pack, "generated.sg"), text);
                var output = Path.Combine(folder, $"out-{size}");
                string[] check = ["check", pack];
                string[] build = ["build", pack, "-o", output];
                var checkCold = Median(Enumerable.Range(0, coldRuns).Select(_ => Process(jitTool, check)));
                // Alternate the two tools run by run, so a noisy neighbour slows both alike.
                var buildCold = new List<double>();
                var buildReadyToRun = new List<double>();
                for (var run = 0; run < coldRuns; run++)
                {
                    buildCold.Add(Process(jitTool, build));
                    if (readyToRunTool is not null) buildReadyToRun.Add(Process(readyToRunTool, build));
                }
                var checkWarm = Warm(check, warmRuns);
                var buildWarm = Warm(build, warmRuns);
                var readyToRun = readyToRunTool is null ? "not measured" : $"{F(Median(buildReadyToRun), 0)} ms";
                report.WriteLine($"| {size:N0} | {text.Count(ch => ch == '\n'):N0} | {F(checkCold, 0)} ms | {F(checkWarm, 0)} ms | {F(Median(buildCold), 0)} ms | {F(buildWarm, 0)} ms | {readyToRun} |");
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

    /// <summary>Publishes the tool ReadyToRun with the repository's script; null (and a line in the report) when that fails.</summary>
    private static string? PublishReadyToRun(string output, TextWriter report)
    {
        var repository = AppContext.BaseDirectory;
        while (repository is not null && !File.Exists(Path.Combine(repository, "Safeguards.sln"))) repository = Path.GetDirectoryName(repository);
        if (repository is null)
        {
            report.WriteLine("ReadyToRun: not measured (the repository root was not found above the benchmark).");
            return null;
        }
        var info = new ProcessStartInfo("bash", [Path.Combine(repository, "scripts", "publish-cli.sh"), output])
        {
            WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        stdout.Wait();
        process.WaitForExit();
        if (process.ExitCode == 0) return Path.Combine(output, "safeguards.dll");
        report.WriteLine($"ReadyToRun: not measured (scripts/publish-cli.sh exited with {process.ExitCode}: {stderr.Split('\n')[0]}).");
        return null;
    }

    private static double Process(string tool, string[] arguments)
    {
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
