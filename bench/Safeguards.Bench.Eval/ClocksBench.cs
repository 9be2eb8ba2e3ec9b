using System.Diagnostics;
using System.Globalization;
using System.Text;
using Safeguards.Compiler.Emit;
using Safeguards.Evaluation;
using Safeguards.Runtime;

namespace Safeguards.Bench.Eval;

/// <summary>
/// <c>clocks [N]</c> (issue #15): the benchmark's cases judged by a pack written with the legal-clock constructs
/// (pack-clocks/clocks8.sg: earliest of, extensions and a ceiling, an extension counted from the decision, a
/// recurring deadline, a minimum wait, a compound duration) beside the plain eight deadlines (pack/detention8.sg).
/// Every engine must agree on every case first (the short mode in CI checks only that); then the compiled packs and
/// the interpreter run interleaved, and the table gives ns per case and the ratios, all from one run.
/// </summary>
public static class ClocksBench
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "pack-clocks");

    public static int Run(int count, int rounds, TextWriter report)
    {
        var asOfTicks = CaseData.AsOf.UtcTicks;
        var plainModel = Packs.BuildModel(Packs.Folder);
        var clocksModel = Packs.BuildModel(Folder);
        IRulePack plain = PackLoader.Load(Packs.Compile(plainModel).Assembly);
        IRulePack clocks = PackLoader.Load(Packs.Compile(clocksModel).Assembly);
        IRulePack interpreter = new Interpreter(clocksModel.Plan);
        var cases = CaseData.Generate(count);
        CaseRecord[] Read(IRulePack pack)
        {
            var reader = new CaseReader(pack.Schema);
            return [.. cases.Select(c => reader.ReadJson(Encoding.UTF8.GetBytes(CaseData.ToJson(c)), "synthetic.jsonl").Record!)];
        }
        var plainRecords = Read(plain);
        var clockRecords = Read(clocks);

        // Agreement: the generated fast path, the generated rich path (Explain) and the interpreter, on every case.
        var n = clocks.Safeguards.Count;
        Span<Outcome> fast = stackalloc Outcome[n], interpreted = stackalloc Outcome[n];
        var byOutcome = new int[Enum.GetValues<Outcome>().Length];
        for (var i = 0; i < clockRecords.Length; i++)
        {
            clocks.Evaluate(clockRecords[i], asOfTicks, fast);
            interpreter.Evaluate(clockRecords[i], asOfTicks, interpreted);
            var rich = i < 5_000 ? clocks.Explain(clockRecords[i], asOfTicks) : null;
            for (var s = 0; s < n; s++)
            {
                byOutcome[(int)fast[s]]++;
                if (fast[s] != interpreted[s] || (rich is not null && rich[s].Outcome != fast[s]))
                {
                    Console.Error.WriteLine($"AGREEMENT FAILED: case {i}, {clocks.Safeguards[s].Id}: compiled {fast[s]}, interpreter {interpreted[s]}"
                        + (rich is null ? "" : $", explain {rich[s].Outcome}"));
                    return 1;
                }
            }
        }
        report.WriteLine($"clocks: {count:N0} cases, engines agree on every safeguard; outcomes: "
            + string.Join(", ", Enum.GetValues<Outcome>().Select(o => $"{OutcomeNames.ToJson(o)} {byOutcome[(int)o]:N0}")));
        if (rounds == 0) return 0;

        static double NsPerCase(IRulePack pack, CaseRecord[] records, long asOf)
        {
            Span<Outcome> o = stackalloc Outcome[pack.Safeguards.Count];
            long sum = 0;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < records.Length; i++) { pack.Evaluate(records[i], asOf, o); sum += (byte)o[0]; }
            watch.Stop();
            GC.KeepAlive(sum);
            return watch.Elapsed.TotalMilliseconds * 1e6 / records.Length;
        }

        var times = new List<double>[] { [], [], [] };
        for (var round = 0; round < rounds + 1; round++) // the first round warms up and is dropped
        {
            var plainNs = NsPerCase(plain, plainRecords, asOfTicks);
            var clocksNs = NsPerCase(clocks, clockRecords, asOfTicks);
            var interpretedNs = NsPerCase(interpreter, clockRecords, asOfTicks);
            if (round == 0) continue;
            times[0].Add(plainNs);
            times[1].Add(clocksNs);
            times[2].Add(interpretedNs);
        }
        static double Median(List<double> xs) { var s = xs.Order().ToList(); return s[s.Count / 2]; }
        var (p, c, t) = (Median(times[0]), Median(times[1]), Median(times[2]));
        report.WriteLine($"Machine: {Environment.ProcessorCount} cores; load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?")}; {count:N0} cases, median of {rounds} interleaved rounds.");
        report.WriteLine();
        report.WriteLine("| pack | engine | ns per case | ratio |");
        report.WriteLine("|---|---|---:|---:|");
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| detention8 (8 plain deadlines) | compiled | {p:F0} | 1.00 |"));
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| clocks8 (legal-clock constructs) | compiled | {c:F0} | {c / p:F2} |"));
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| clocks8 (legal-clock constructs) | interpreter | {t:F0} | {t / p:F2} |"));
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"interpreter ÷ compiled on clocks8: {t / c:F2}"));
        return 0;
    }
}
