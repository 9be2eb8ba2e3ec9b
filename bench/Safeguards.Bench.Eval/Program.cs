using System.Globalization;
using Safeguards.Bench.Eval;

// The evaluation, batch and compile-time benchmarks (docs/performance.md: "Evaluation", "Batch
// throughput", "Compile time"). Run in Release:
//   dotnet run -c Release --project bench/Safeguards.Bench.Eval                 # everything (~15 min)
//   dotnet run -c Release --project bench/Safeguards.Bench.Eval -- --short      # CI: agreement and that it runs (< 1 min)
//   ... -- eval | batch | compile                                               # one part
//   ... -- write-cases N FILE                                                   # the batch benchmark's cases, as JSON Lines
//   ... -- tight [N [PACK.dll ...]]                                             # compiled vs hand-tuned/hand-written in plain loops
//   ... -- throughput N ROUNDS [BASELINE.dll]                                   # issue #18: jsonl/outcomes per core, --jobs 1 vs 2
//   ... -- breakeven N,N,... ROUNDS                                             # issue #18: interpreter vs compiled (cold, cached)
//   ... -- network                                                              # relative times: 10, 50, 200 events a case
//   ... -- clocks [N]                                                            # issue #15: the legal-clock constructs vs plain deadlines
// Options: --cases N (evaluation, default 200000), --batch 1000000,10000000 (batch sizes),
// --report FILE (also write the tables there). The environment variable SAFEGUARDS_BENCH_SHORT=1 is --short.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Child processes for the cold measurements.
if (args is ["cold-compile", var compileFolder]) return EvalBench.ColdCompile(compileFolder);
if (args is ["cold-load", var assembly]) return EvalBench.ColdLoad(assembly);
if (args is ["write-cases", var writeCount, var casesFile]) return BatchBench.WriteCases(long.Parse(writeCount, CultureInfo.InvariantCulture), casesFile);
if (args is ["tight"]) return TightLoop.Run(200_000, []);
if (args is ["tight", var tightCount, .. var tightBaseline]) return TightLoop.Run(int.Parse(tightCount, CultureInfo.InvariantCulture), tightBaseline);
if (args is ["throughput", var tpCount, var tpRounds, .. var tpBaseline])
    return ThroughputBench.Cores(long.Parse(tpCount, CultureInfo.InvariantCulture), tpBaseline.FirstOrDefault(), int.Parse(tpRounds, CultureInfo.InvariantCulture), Console.Out);
if (args is ["breakeven", var beSizes, var beRounds])
    return ThroughputBench.BreakEven([.. beSizes.Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture))], int.Parse(beRounds, CultureInfo.InvariantCulture), Console.Out);
if (args is ["network"]) return NetworkBench.Run(5);
if (args is ["clocks"]) return ClocksBench.Run(200_000, 5, Console.Out);
if (args is ["clocks", var clockCount]) return ClocksBench.Run(int.Parse(clockCount, CultureInfo.InvariantCulture), 5, Console.Out);
if (args is ["profile-build", var profileCount]) return Profile.Build(int.Parse(profileCount, CultureInfo.InvariantCulture));

var quick = args.Contains("--short") || Environment.GetEnvironmentVariable("SAFEGUARDS_BENCH_SHORT") is "1" or "true";
var parts = args.Where(a => a is "eval" or "batch" or "compile").ToHashSet();
if (parts.Count == 0) parts = ["eval", "batch", "compile"];
var caseCount = Option("--cases") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : quick ? 5_000 : 200_000;
long[] batchSizes = Option("--batch") is { } b ? [.. b.Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture))]
    : quick ? [20_000] : [1_000_000, 10_000_000];
var reportFile = Option("--report");

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

var report = new StringWriter();
var both = new TeeWriter(Console.Out, report);
both.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Machine.CpuModel()}, {Machine.MemoryGiB():F0} GiB; .NET {Environment.Version}; " +
    $"{(quick ? "SHORT mode: agreement and smoke test, numbers are not measurements" : "full run")}.");
both.WriteLine();
var exit = 0;
if (parts.Contains("eval"))
{
    both.WriteLine("## Evaluation");
    both.WriteLine();
    exit |= EvalBench.Run(quick, caseCount, both);
    if (exit == 0) EvalBench.Cold(quick, both);
}
if (exit == 0 && parts.Contains("batch"))
{
    both.WriteLine("## Batch throughput");
    both.WriteLine();
    exit |= BatchBench.Run(quick, batchSizes, both);
}
if (exit == 0 && quick) exit |= ClocksBench.Run(5_000, rounds: 0, both); // agreement of the engines on the legal-clock pack
if (exit == 0 && parts.Contains("compile"))
{
    both.WriteLine("## Compile time");
    both.WriteLine();
    exit |= CompileBench.Run(quick, both);
}
if (reportFile is not null) File.WriteAllText(reportFile, report.ToString());
Console.WriteLine(exit == 0 ? "bench: passed" : "bench: FAILED");
return exit;

internal sealed class TeeWriter(TextWriter a, TextWriter b) : TextWriter
{
    public override System.Text.Encoding Encoding => a.Encoding;

    public override void Write(char value)
    {
        a.Write(value);
        b.Write(value);
    }

    public override void Write(string? value)
    {
        a.Write(value);
        b.Write(value);
    }

    public override void WriteLine(string? value)
    {
        a.WriteLine(value);
        b.WriteLine(value);
    }
}

internal static class Machine
{
    public static string CpuModel() =>
        File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?" : "?";

    public static double MemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
}
