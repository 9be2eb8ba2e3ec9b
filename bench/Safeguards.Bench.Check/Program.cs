using System.Diagnostics;
using System.Globalization;
using Safeguards.Bench.Check;

// The check benchmark (docs/performance.md, "Check"). Run in Release:
//   dotnet run -c Release --project bench/Safeguards.Bench.Check
//   dotnet run -c Release --project bench/Safeguards.Bench.Check -- attributes
//   dotnet run -c Release --project bench/Safeguards.Bench.Check -- lines [1000,10000,100000]
// Cold: the built tool launched as a fresh process on the 10,000-line pack (wall time, runtime
// start-up included), and the first check in this process. Warm: repeated in-process checks,
// median and 95th percentile.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
// "attributes": how binding grows with the attributes of one event (1k / 10k / 100k), see AttributeScaling.
if (args is ["attributes"]) return AttributeScaling.Run();
var folder = Path.Combine(Path.GetTempPath(), "safeguards-bench-check");
Directory.CreateDirectory(folder);
// "lines [N,M,...]": time and allocation per line of a warm check at 1k / 10k / 100k lines, see LineScaling.
if (args is ["lines", ..]) return LineScaling.Run(args.Length > 1 ? [.. args[1].Split(',').Select(int.Parse)] : [1_000, 10_000, 100_000], folder);
var big = Write("pack-10000.sg", 10_000);
var small = Write("pack-1000.sg", 1_000);

string Write(string name, int lines)
{
    var path = Path.Combine(folder, name);
    File.WriteAllText(path, PackGenerator.Generate(lines));
    return path;
}

int Lines(string path) => File.ReadAllLines(path).Length;

int Check(string path)
{
    var output = new StringWriter();
    return Safeguards.Cli.Program.Run(["check", path], output, output);
}

// Sanity: the generated packs must check clean, or we would time error reporting.
var probe = new StringWriter();
var exit = Safeguards.Cli.Program.Run(["check", big], probe, probe);
if (exit != 0)
{
    Console.Error.WriteLine("the generated pack has errors:\n" + string.Join('\n', probe.ToString().Split('\n').Take(20)));
    return 1;
}

// Cold, as a user meets it: a fresh process of the built tool.
var tool = Path.Combine(AppContext.BaseDirectory, "safeguards.dll");
var coldProcess = new List<double>();
for (var run = 0; run < 5; run++)
{
    var info = new ProcessStartInfo("dotnet", [tool, "check", big]) { RedirectStandardOutput = true, RedirectStandardError = true };
    var watch = Stopwatch.StartNew();
    using var process = Process.Start(info)!;
    process.StandardOutput.ReadToEnd();
    process.StandardError.ReadToEnd();
    process.WaitForExit();
    coldProcess.Add(watch.Elapsed.TotalMilliseconds);
    if (process.ExitCode != 0) throw new InvalidOperationException($"the tool exited with {process.ExitCode}");
}

// The first in-process check already happened (the sanity check above, JIT included); time a
// "second cold" on the small file to show JIT is done, then the warm runs.
var warmBig = Measure(big, warmup: 3, runs: 30);
var warmSmall = Measure(small, warmup: 20, runs: 200);

List<double> Measure(string path, int warmup, int runs)
{
    for (var i = 0; i < warmup; i++) Check(path);
    var times = new List<double>(runs);
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        Check(path);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    return times;
}

double Median(List<double> sorted) => sorted[sorted.Count / 2];
double P95(List<double> sorted) => sorted[(int)Math.Ceiling(sorted.Count * 0.95) - 1];

coldProcess.Sort();
Console.WriteLine($"machine: {Environment.ProcessorCount} logical CPUs, {Cpu()}, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
Console.WriteLine();
Console.WriteLine("| measurement | lines | median ms | p95 ms |");
Console.WriteLine("|---|---:|---:|---:|");
Console.WriteLine($"| cold: `safeguards check` as a fresh process (5 launches) | {Lines(big):N0} | {Median(coldProcess):F0} | {coldProcess[^1]:F0} (max) |");
Console.WriteLine($"| warm: in-process check, 30 runs | {Lines(big):N0} | {Median(warmBig):F1} | {P95(warmBig):F1} |");
Console.WriteLine($"| warm: in-process check, 200 runs | {Lines(small):N0} | {Median(warmSmall):F2} | {P95(warmSmall):F2} |");
Console.WriteLine();
Console.WriteLine($"ratios: cold process / warm (10,000 lines) = {Median(coldProcess) / Median(warmBig):F1}x; "
    + $"warm 10,000 / 1,000 lines = {Median(warmBig) / Median(warmSmall):F1}x (10x would be linear); "
    + $"warm 1,000 lines against the 20 ms aim = {Median(warmSmall) / 20:P0} of the budget");
return 0;

static string Cpu()
{
    try
    {
        var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? "CPU unknown" : line[(line.IndexOf(':') + 1)..].Trim();
    }
    catch (IOException)
    {
        return "CPU unknown";
    }
}
