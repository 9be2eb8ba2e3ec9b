using System.Diagnostics;
using System.Globalization;
using System.Text;
using Safeguards.Compiler.Emit;
using Safeguards.Evaluation;
using Safeguards.Runtime;
using static Safeguards.Bench.Eval.Harness;

namespace Safeguards.Bench.Eval;

/// <summary>Part 1 (docs/performance.md, "Evaluation"): the eight safeguards in four implementations
/// on the same cases; agreement first, then speed and allocations, then the cold cost.</summary>
public static class EvalBench
{
    public static int Run(bool quick, int caseCount, TextWriter report)
    {
        var asOf = CaseData.AsOf;
        var asOfTicks = asOf.UtcTicks;

        // ---------------------------------------------------------------- the four implementations
        var model = Packs.BuildModel(Packs.Folder);
        var built = Packs.Compile(model);
        IRulePack compiled = PackLoader.Load(built.Assembly, built.Pdb);
        IRulePack interpreter = new Interpreter(model.Plan);
        var rulesEngine = new RulesEngineRules();
        var asOfParameter = RulesEngineRules.AsOf(asOf);
        string[] expectedIds = ["B-REG-3H", "B-PROS-12H", "B-APP-60H", "B-HEAR-8H", "B-72H", "B-LAWYER-3H", "B-REL-12H", "B-MED-24H"];
        if (!compiled.Safeguards.Select(s => s.Id).SequenceEqual(expectedIds) || !interpreter.Safeguards.Select(s => s.Id).SequenceEqual(expectedIds))
        {
            Console.Error.WriteLine("the pack's safeguards are not the eight of the benchmark, in order: " + string.Join(", ", compiled.Safeguards.Select(s => s.Id)));
            return 1;
        }

        // ---------------------------------------------------------------- the same cases, twice
        var cases = CaseData.Generate(caseCount);
        var reader = new CaseReader(compiled.Schema);
        var records = new CaseRecord[cases.Length];
        for (var i = 0; i < cases.Length; i++)
        {
            var result = reader.ReadJson(Encoding.UTF8.GetBytes(CaseData.ToJson(cases[i])), "synthetic.jsonl");
            records[i] = result.Record ?? throw new InvalidOperationException($"case {cases[i].Id} does not read: {result.Error?.Message}");
        }
        var tuned = HandTuned.From(cases);
        var events = cases.Sum(c => CaseData.Events(c).Length);
        var missing = cases.Sum(c => CaseData.Events(c).Count(e => e is null));
        report.WriteLine($"Cases: {cases.Length:N0} (seed {CaseData.Seed}), as of {asOf:yyyy-MM-dd'T'HH:mmzzz}; {100.0 * missing / events:F1}% of events missing.");
        report.WriteLine();

        // ---------------------------------------------------------------- agreement
        var agreementCases = quick ? cases.Length : Math.Min(cases.Length, 50_000); // RulesEngine is slow; the rest agree among the other three
        var disagreements = Agreement(cases, records, agreementCases, compiled, interpreter, rulesEngine, asOfParameter, asOf, report);
        Span<Status> fromHand = stackalloc Status[8], fromTuned = stackalloc Status[8];
        for (var i = 0; i < cases.Length; i++)
        {
            HandWritten.Evaluate(cases[i], asOf, fromHand);
            HandTuned.Evaluate(tuned[i], asOfTicks, fromTuned);
            if (!fromHand.SequenceEqual(fromTuned)) disagreements++;
        }
        if (disagreements > 0)
        {
            Console.Error.WriteLine($"AGREEMENT FAILED: {disagreements} difference(s) between the implementations.");
            return 1;
        }

        // ---------------------------------------------------------------- speed
        var reCases = quick ? Math.Min(200, cases.Length) : Math.Min(2_000, cases.Length);
        var explainCases = Math.Min(20_000, cases.Length);
        var inCache = Math.Min(1_000, cases.Length);
        List<Candidate> Candidates(int fast, int re, int explain) => new()
        {
            new("compiled pack (Evaluate)", fast, n =>
            {
                Span<Outcome> o = stackalloc Outcome[8];
                long sum = 0;
                for (var i = 0; i < n; i++) { compiled.Evaluate(records[i], asOfTicks, o); sum += Sum(o); }
                return sum;
            }),
            new("interpreter (Evaluate)", fast, n =>
            {
                Span<Outcome> o = stackalloc Outcome[8];
                long sum = 0;
                for (var i = 0; i < n; i++) { interpreter.Evaluate(records[i], asOfTicks, o); sum += Sum(o); }
                return sum;
            }),
            new("hand-written C#, four-valued", fast, n =>
            {
                Span<Status> o = stackalloc Status[8];
                long sum = 0;
                for (var i = 0; i < n; i++) { HandWritten.Evaluate(cases[i], asOf, o); sum += Sum(o); }
                return sum;
            }),
            new("hand-tuned C# (ticks), four-valued", fast, n =>
            {
                Span<Status> o = stackalloc Status[8];
                long sum = 0;
                for (var i = 0; i < n; i++) { HandTuned.Evaluate(tuned[i], asOfTicks, o); sum += Sum(o); }
                return sum;
            }),
            new("hand-written C#, boolean", fast, n =>
            {
                Span<bool> o = stackalloc bool[8];
                long sum = 0;
                for (var i = 0; i < n; i++) { HandWritten.Check(cases[i], asOf, o); sum += Sum(o); }
                return sum;
            }),
            new("RulesEngine, four-valued", re, n =>
            {
                Span<Status> o = stackalloc Status[8];
                long sum = 0;
                for (var i = 0; i < n; i++) { rulesEngine.Evaluate(cases[i], asOfParameter, o); sum += Sum(o); }
                return sum;
            }),
            new("RulesEngine, boolean", re, n =>
            {
                Span<bool> o = stackalloc bool[8];
                long sum = 0;
                for (var i = 0; i < n; i++) { rulesEngine.Check(cases[i], asOfParameter, o); sum += Sum(o); }
                return sum;
            }),
            new("compiled pack (Explain, rich path)", explain, n =>
            {
                long sum = 0;
                for (var i = 0; i < n; i++) sum += compiled.Explain(records[i], asOfTicks).Count;
                return sum;
            }),
        };
        var rounds = quick ? 2 : 21;
        var warmup = quick ? TimeSpan.FromMilliseconds(50) : TimeSpan.FromSeconds(1);
        var results = Measure(Candidates(cases.Length, reCases, explainCases), rounds, warmup);
        var hot = Measure(Candidates(inCache, Math.Min(reCases, inCache), Math.Min(explainCases, inCache)), rounds * 10, warmup);
        var byName = results.ToDictionary(r => r.Name);
        var hotByName = hot.ToDictionary(r => r.Name);

        report.WriteLine($"Speed: median of interleaved rounds, 8 safeguards per case. \"Streaming\": a round is one pass over {cases.Length:N0} cases " +
            $"({reCases:N0} for RulesEngine, {explainCases:N0} for Explain), far more than the caches hold, as in a batch; {rounds} rounds. " +
            $"\"In cache\": the first {inCache:N0} cases again and again, so the data stays in the CPU caches; {rounds * 10} rounds. " +
            "Allocations: `GC.GetAllocatedBytesForCurrentThread` around each pass.");
        report.WriteLine();
        report.WriteLine("| implementation | ns/case, streaming | ns/case, in cache | bytes allocated per case | ÷ hand-written four-valued (streaming / in cache) | ÷ hand-written boolean (streaming / in cache) |");
        report.WriteLine("|---|---:|---:|---:|---:|---:|");
        var hand4 = byName["hand-written C#, four-valued"].NsPerCase;
        var handBool = byName["hand-written C#, boolean"].NsPerCase;
        var hotHand4 = hotByName["hand-written C#, four-valued"].NsPerCase;
        var hotHandBool = hotByName["hand-written C#, boolean"].NsPerCase;
        foreach (var r in results)
        {
            var h = hotByName[r.Name];
            report.WriteLine($"| {r.Name} | {F(r.NsPerCase)} | {F(h.NsPerCase)} | {F(r.BytesPerCase, 0)} | {F(r.NsPerCase / hand4, 2)} / {F(h.NsPerCase / hotHand4, 2)} | " +
                $"{F(r.NsPerCase / handBool, 2)} / {F(h.NsPerCase / hotHandBool, 2)} |");
        }
        report.WriteLine();
        report.WriteLine("| ratio (streaming / in cache) | value | target |");
        report.WriteLine("|---|---:|---|");
        string Ratio(string a, string b) => $"{F(byName[a].NsPerCase / byName[b].NsPerCase, 2)} / {F(hotByName[a].NsPerCase / hotByName[b].NsPerCase, 2)}";
        const string Pack = "compiled pack (Evaluate)";
        report.WriteLine($"| compiled pack ÷ hand-written (four-valued) | {Ratio(Pack, "hand-written C#, four-valued")} | ≤ 1.0 |");
        report.WriteLine($"| compiled pack ÷ hand-written (boolean) | {Ratio(Pack, "hand-written C#, boolean")} | ≤ 1.0 |");
        report.WriteLine($"| compiled pack ÷ hand-tuned (ticks, four-valued) | {Ratio(Pack, "hand-tuned C# (ticks), four-valued")} | ≤ 1.15 |");
        report.WriteLine($"| compiled pack, bytes allocated per case | {F(byName[Pack].BytesPerCase, 1)} / {F(hotByName[Pack].BytesPerCase, 1)} | 0 |");
        report.WriteLine($"| RulesEngine (boolean) ÷ compiled pack | {Ratio("RulesEngine, boolean", Pack)} | ≥ 30 |");
        report.WriteLine($"| RulesEngine (four-valued) ÷ compiled pack | {Ratio("RulesEngine, four-valued", Pack)} | ≥ 100 |");
        report.WriteLine($"| interpreter ÷ compiled pack | {Ratio("interpreter (Evaluate)", Pack)} | |");
        report.WriteLine();
        return 0;
    }

    private static int Agreement(DetentionCase[] cases, CaseRecord[] records, int reCount, IRulePack compiled, IRulePack interpreter,
        RulesEngineRules rulesEngine, RulesEngine.Models.RuleParameter asOfParameter, DateTimeOffset asOf, TextWriter report)
    {
        var asOfTicks = asOf.UtcTicks;
        Span<Outcome> fromPack = stackalloc Outcome[8], fromInterpreter = stackalloc Outcome[8];
        Span<Status> fromHand = stackalloc Status[8], fromEngine = stackalloc Status[8];
        Span<bool> handOk = stackalloc bool[8], engineOk = stackalloc bool[8];
        var counts = new int[8, 6];
        var differences = 0;
        for (var i = 0; i < cases.Length; i++)
        {
            compiled.Evaluate(records[i], asOfTicks, fromPack);
            interpreter.Evaluate(records[i], asOfTicks, fromInterpreter);
            HandWritten.Evaluate(cases[i], asOf, fromHand);
            HandWritten.Check(cases[i], asOf, handOk);
            var withEngine = i < reCount;
            if (withEngine)
            {
                rulesEngine.Evaluate(cases[i], asOfParameter, fromEngine);
                rulesEngine.Check(cases[i], asOfParameter, engineOk);
            }
            for (var k = 0; k < 8; k++)
            {
                counts[k, (int)fromPack[k]]++;
                var agree = fromPack[k] == fromInterpreter[k] && (byte)fromPack[k] == (byte)fromHand[k]
                    && handOk[k] == (fromPack[k] != Outcome.Violated)
                    && (!withEngine || (fromEngine[k] == fromHand[k] && engineOk[k] == handOk[k]));
                if (agree) continue;
                if (++differences <= 10)
                    Console.Error.WriteLine($"  differ: case {cases[i].Id}, safeguard {compiled.Safeguards[k].Id}: pack {fromPack[k]}, interpreter {fromInterpreter[k]}, " +
                        $"hand-written {fromHand[k]}/{(handOk[k] ? "ok" : "violated")}" + (withEngine ? $", RulesEngine {fromEngine[k]}/{(engineOk[k] ? "ok" : "violated")}" : ""));
            }
        }

        report.WriteLine($"Agreement: {(differences == 0 ? "all four implementations agree" : $"{differences} DIFFERENCE(S)")} on {cases.Length:N0} cases × 8 safeguards " +
            $"(RulesEngine on the first {reCount:N0}); four-valued outcomes and the boolean 'not violated'.");
        report.WriteLine();
        report.WriteLine("| safeguard | satisfied | violated | pending | not applicable | other |");
        report.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var k = 0; k < 8; k++)
        {
            report.WriteLine($"| {compiled.Safeguards[k].Id} | {counts[k, 0]:N0} | {counts[k, 1]:N0} | {counts[k, 2]:N0} | {counts[k, 3]:N0} | {counts[k, 4] + counts[k, 5]:N0} |");
            if (counts[k, 4] + counts[k, 5] > 0) differences++; // exact instants only: nothing may be insufficient or indeterminate
        }
        report.WriteLine();
        return differences;
    }

    private static long Sum(ReadOnlySpan<Outcome> o)
    {
        long sum = 0;
        foreach (var x in o) sum += (byte)x;
        return sum;
    }

    private static long Sum(ReadOnlySpan<Status> o)
    {
        long sum = 0;
        foreach (var x in o) sum += (byte)x;
        return sum;
    }

    private static long Sum(ReadOnlySpan<bool> o)
    {
        long sum = 0;
        foreach (var x in o) sum += x ? 1 : 0;
        return sum;
    }

    // ---------------------------------------------------------------- cold cost, in fresh processes

    /// <summary>Child process: compile the pack from its rule files (cold, then warm in the same process)
    /// and write the assembly where <see cref="ColdLoad"/> will load it. Prints "compileCold compileWarm" in ms.</summary>
    public static int ColdCompile(string outputFolder)
    {
        var start = Stopwatch.GetTimestamp();
        var built = Packs.Compile(Packs.BuildModel(Packs.Folder));
        var cold = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        start = Stopwatch.GetTimestamp();
        Packs.Compile(Packs.BuildModel(Packs.Folder));
        var warm = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        Directory.CreateDirectory(outputFolder);
        File.WriteAllBytes(Path.Combine(outputFolder, built.AssemblyName + ".dll"), built.Assembly);
        File.WriteAllBytes(Path.Combine(outputFolder, built.AssemblyName + ".pdb"), built.Pdb);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cold:F3} {warm:F3}"));
        return 0;
    }

    /// <summary>Child process: load a built pack from disk, read one case, the first and second Evaluate,
    /// the first Explain. Prints "loadMs readMs firstEvaluateUs secondEvaluateUs firstExplainUs".</summary>
    public static int ColdLoad(string assemblyPath)
    {
        var start = Stopwatch.GetTimestamp();
        var pack = PackLoader.LoadFile(assemblyPath);
        var load = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var json = Encoding.UTF8.GetBytes(CaseData.ToJson(CaseData.Generate(1)[0]));
        start = Stopwatch.GetTimestamp();
        var record = new CaseReader(pack.Schema).ReadJson(json, "one.json").Record!;
        var read = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var outcomes = new Outcome[pack.Safeguards.Count];
        var asOf = CaseData.AsOf.UtcTicks;
        start = Stopwatch.GetTimestamp();
        pack.Evaluate(record, asOf, outcomes);
        var first = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        start = Stopwatch.GetTimestamp();
        pack.Evaluate(record, asOf, outcomes);
        var second = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        start = Stopwatch.GetTimestamp();
        pack.Explain(record, asOf);
        var explain = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{load:F3} {read:F3} {first:F1} {second:F1} {explain:F1}"));
        return 0;
    }

    public static void Cold(bool quick, TextWriter report)
    {
        var folder = Path.Combine(Path.GetTempPath(), "safeguards-bench-eval-cold-" + Environment.ProcessId);
        try
        {
            var runs = quick ? 1 : 5;
            var compile = new List<double[]>();
            var load = new List<double[]>();
            for (var run = 0; run < runs; run++)
            {
                compile.Add(Child("cold-compile", folder));
                load.Add(Child("cold-load", Directory.GetFiles(folder, "*.dll").Single()));
            }
            double M(List<double[]> rows, int column) => Median(rows.Select(r => r[column]));
            report.WriteLine($"Cold cost: each step in a fresh process (`dotnet` with this benchmark's assemblies, runtime start-up not counted), median of {runs}.");
            report.WriteLine();
            report.WriteLine("| step | time |");
            report.WriteLine("|---|---:|");
            report.WriteLine($"| compile the pack from its rule files (parse, bind, generate C#, Roslyn emit), first in the process | {F(M(compile, 0), 0)} ms |");
            report.WriteLine($"| the same, second time in the process | {F(M(compile, 1), 0)} ms |");
            report.WriteLine($"| load a built pack from disk (`PackLoader.LoadFile`) | {F(M(load, 0), 1)} ms |");
            report.WriteLine($"| read the first case (`CaseReader`, cold) | {F(M(load, 1), 1)} ms |");
            report.WriteLine($"| first `Evaluate` (JIT of the pack and runtime helpers) | {F(M(load, 2), 0)} µs |");
            report.WriteLine($"| second `Evaluate` | {F(M(load, 3), 1)} µs |");
            report.WriteLine($"| first `Explain` | {F(M(load, 4), 0)} µs |");
            report.WriteLine();
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static double[] Child(string command, string argument)
    {
        var self = Path.Combine(AppContext.BaseDirectory, "Safeguards.Bench.Eval.dll");
        var info = new ProcessStartInfo("dotnet", [self, command, argument]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{command} failed ({process.ExitCode}): {error}");
        return [.. output.Trim().Split(' ').Select(s => double.Parse(s, CultureInfo.InvariantCulture))];
    }
}
